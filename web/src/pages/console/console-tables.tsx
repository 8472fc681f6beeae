/** Drill-down tables with server paging and sorting, and the export link every table has. */
import { useState } from 'react'
import { LoadingState, ErrorState } from '../../components/status'
import { useI18n } from '../../i18n'
import { useApi } from '../../use-api'
import { consolePath, minutes, PAGE_SIZE, percent, type CoverageParties, type DrillEvents, type Quality } from './console-api'

export function ExportLink({ href }: { href: string }) {
  const { t } = useI18n()
  return <a className="button console-export" href={href} download>{t('console.export')}</a>
}

function Pager({ offset, total, onPage }: { offset: number; total?: number; onPage: (offset: number) => void }) {
  const { t } = useI18n()
  const more = total === undefined ? true : offset + PAGE_SIZE < total
  return (
    <div className="console-pager">
      <button type="button" className="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - PAGE_SIZE))}>{t('console.page.previous')}</button>
      <span>{t('console.page.from', { from: offset + 1 })}{total !== undefined ? ` / ${total}` : ''}</span>
      <button type="button" className="button" disabled={!more} onClick={() => onPage(offset + PAGE_SIZE)}>{t('console.page.next')}</button>
    </div>
  )
}

export function PartyDrillDown({ status, params }: { status: 'active' | 'inactive' | 'registered'; params: Record<string, string | number | undefined> }) {
  const { t } = useI18n()
  const [offset, setOffset] = useState(0)
  const [state, retry] = useApi<CoverageParties>(consolePath('coverage/parties', { ...params, status, limit: PAGE_SIZE, offset }))
  if (state.status === 'loading') return <LoadingState label={t('console.loading')} />
  if (state.status === 'failed') return <ErrorState title={t('console.failed')} onRetry={retry} />
  return (
    <section className="console-card" aria-labelledby={`parties-${status}`}>
      <header className="console-card__head">
        <h3 id={`parties-${status}`}>{t(`console.parties.${status}`)}（{state.data.total}）</h3>
        <ExportLink href={consolePath('coverage/parties', { ...params, status, limit: 500, format: 'xlsx' })} />
      </header>
      <div className="table-scroll">
        <table className="console-table">
          <thead><tr><th scope="col">{t('console.col.party')}</th><th scope="col">{t('console.col.uscc')}</th><th scope="col">{t('console.col.region')}</th><th scope="col">{t('console.col.categories')}</th></tr></thead>
          <tbody>
            {state.data.parties.map((p) => (
              <tr key={p.id}><th scope="row">{p.name}</th><td>{p.uscc ?? '—'}</td><td>{p.regionCode}</td><td>{p.categories.map((c) => t(`console.category.${c}` as never)).join('、')}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager offset={offset} total={state.data.total} onPage={setOffset} />
    </section>
  )
}

export function EventDrillDown({ params, onClose }: { params: Record<string, string | number | undefined>; onClose: () => void }) {
  const { t } = useI18n()
  const [offset, setOffset] = useState(0)
  const [state, retry] = useApi<DrillEvents>(consolePath('events', { ...params, limit: PAGE_SIZE, offset }))
  return (
    <section className="console-card" aria-labelledby="drill-events">
      <header className="console-card__head">
        <h3 id="drill-events">{t('console.drill.events')}</h3>
        <ExportLink href={consolePath('events', { ...params, limit: 500, format: 'xlsx' })} />
        <button type="button" className="button" onClick={onClose}>{t('console.close')}</button>
      </header>
      {state.status === 'loading' && <LoadingState label={t('console.loading')} />}
      {state.status === 'failed' && <ErrorState title={t('console.failed')} onRetry={retry} />}
      {state.status === 'ready' && (
        <>
          <div className="table-scroll">
            <table className="console-table">
              <thead><tr><th scope="col">{t('console.col.eventTime')}</th><th scope="col">{t('console.col.bizStep')}</th><th scope="col">{t('console.col.party')}</th><th scope="col">{t('console.col.findings')}</th></tr></thead>
              <tbody>
                {state.data.events.map((e) => (
                  <tr key={e.eventId}><td>{e.eventTime.slice(0, 16).replace('T', ' ')}</td><td>{e.bizStep ?? e.type}</td><td>{e.partyName ?? '—'}</td><td>{e.findings.join('、') || '—'}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager offset={offset} total={state.data.events.length < PAGE_SIZE ? offset + state.data.events.length : undefined} onPage={setOffset} />
        </>
      )}
    </section>
  )
}

const SORTS = ['events', 'completeness', 'accuracy', 'within24h', 'operationRate', 'name'] as const

export function QualityTable({ params, onDrill }: { params: Record<string, string | number | undefined>; onDrill: (partyId: string) => void }) {
  const { t } = useI18n()
  const [offset, setOffset] = useState(0)
  const [sort, setSort] = useState<(typeof SORTS)[number]>('events')
  const [order, setOrder] = useState<'asc' | 'desc'>('desc')
  const [state, retry] = useApi<Quality>(consolePath('quality', { ...params, sort, order, limit: PAGE_SIZE, offset }))
  const header = (key: (typeof SORTS)[number], label: string) => (
    <th scope="col" aria-sort={sort === key ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="console-sort" onClick={() => { setOffset(0); if (sort === key) setOrder(order === 'asc' ? 'desc' : 'asc'); else { setSort(key); setOrder(key === 'name' ? 'asc' : 'desc') } }}>{label}{sort === key ? (order === 'asc' ? ' ▲' : ' ▼') : ''}</button>
    </th>
  )
  if (state.status === 'loading') return <LoadingState label={t('console.loading')} />
  if (state.status === 'failed') return <ErrorState title={t('console.failed')} onRetry={retry} />
  const q = state.data
  return (
    <section className="console-card" aria-labelledby="quality-table">
      <header className="console-card__head">
        <h3 id="quality-table">{t('console.quality.parties')}（{q.totalParties}）</h3>
        <ExportLink href={consolePath('quality', { ...params, limit: 500, format: 'xlsx' })} />
      </header>
      <div className="table-scroll">
        <table className="console-table">
          <thead><tr>{header('name', t('console.col.party'))}{header('events', t('console.events'))}{header('completeness', t('console.quality.completeness'))}{header('accuracy', t('console.quality.accuracy'))}{header('within24h', t('console.quality.within24h'))}<th scope="col">{t('console.quality.median')}</th>{header('operationRate', t('console.quality.operation'))}</tr></thead>
          <tbody>
            {q.parties.map((p) => (
              <tr key={p.partyId}>
                <th scope="row"><button type="button" className="link-button" onClick={() => onDrill(p.partyId)}>{p.name}</button></th>
                <td className="num">{p.events}</td><td className="num">{percent(p.completeness)}</td><td className="num">{percent(p.accuracy)}</td>
                <td className="num">{percent(p.within24h)}</td><td className="num">{minutes(p.medianMinutes)}</td><td className="num">{percent(p.operationRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager offset={offset} total={q.totalParties} onPage={setOffset} />
      {q.platforms.length > 0 && (
        <>
          <h3>{t('console.quality.platforms')}</h3>
          <div className="table-scroll">
            <table className="console-table">
              <thead><tr><th scope="col">{t('console.col.platform')}</th><th scope="col">{t('console.events')}</th><th scope="col">{t('console.quality.completeness')}</th><th scope="col">{t('console.quality.within24h')}</th><th scope="col">{t('console.quality.operation')}</th></tr></thead>
              <tbody>{q.platforms.map((p) => <tr key={p.organisationId}><th scope="row">{p.name}</th><td className="num">{p.events}</td><td className="num">{percent(p.completeness)}</td><td className="num">{percent(p.within24h)}</td><td className="num">{percent(p.operationRate)}</td></tr>)}</tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
