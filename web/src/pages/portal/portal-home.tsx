/**
 * The enterprise portal's home, `/portal`: expected receipts to accept in one click, licence reminders,
 * lots and items held, recent events, data-quality warnings on its own reporting, open recall tasks,
 * alerts and credit (shown as "not available" while those services are not on this platform).
 */
import { useState, type ReactNode } from 'react'
import { ApiError } from '../../api'
import { useDocumentTitle } from '../../components/use-document-title'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'
import { Link } from '../../router'
import { useApi } from '../../use-api'
import { DataTable } from './data-table'
import { ExpectedReceipts } from './expected-receipts'
import { LICENCES_PATH, type EventsReply, type HoldingsReply, type LicencesReply, type PortalContext } from './portal-api'
import { PortalGate, PortalNav } from './portal-gate'
import { bizStepLabel } from './step-forms'

type Holding = HoldingsReply['items'][number]
type PortalEvent = EventsReply['items'][number]

export function PortalHomePage() {
  const { t } = useI18n()
  useDocumentTitle(t('portal.title'))
  return <PortalGate>{(context) => <Home context={context} />}</PortalGate>
}

const codeLink = (code: string) => <Link to={`/q/${encodeURIComponent(code)}`} className="portal-code-text">{code}</Link>

function Home({ context }: { context: PortalContext }) {
  const { t, language } = useI18n()
  const [generation, setGeneration] = useState(0)
  const [search, setSearch] = useState('')
  const [inStock, setInStock] = useState(true)
  const quantity = (value: number, uom?: string) => `${value.toLocaleString(language)} ${uom ?? ''}`
  return (
    <div className="container portal">
      <header className="portal-head">
        <h1>{t('portal.title')}</h1>
        <p className="portal-head__party">{context.party.name}{context.party.uscc && <small> {context.party.uscc}</small>}</p>
      </header>
      <PortalNav current="/portal" />
      <LicenceReminders />
      <ExpectedReceipts onAccepted={() => setGeneration((n) => n + 1)} />
      <section className="card portal-section" aria-labelledby="holdings-title">
        <h2 id="holdings-title" className="card__title">{t('portal.holdings.title')}</h2>
        <div className="portal-filters">
          <label className="portal-field portal-field--inline">
            <span>{t('portal.filter.search')}</span>
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('portal.holdings.searchPlaceholder')} />
          </label>
          <label className="portal-field--check"><input type="checkbox" checked={inStock} onChange={(e) => setInStock(e.target.checked)} /> {t('portal.holdings.inStock')}</label>
        </div>
        <DataTable<Holding>
          key={`h${generation}`} caption={t('portal.holdings.title')} path="/api/v1/portal/holdings" filters={{ q: search.trim() || undefined, inStock: inStock || undefined }}
          defaultSort="lastAt" empty={t('portal.holdings.empty')} rowKey={(row) => `${row.unitId}|${row.uom ?? ''}`}
          columns={[
            { label: 'portal.col.product', sort: 'product', render: (row) => row.productName ?? '—' },
            { label: 'portal.col.code', sort: 'code', render: (row) => codeLink(row.code) },
            { label: 'portal.col.in', numeric: true, render: (row) => quantity(row.made + row.received, row.uom) },
            { label: 'portal.col.out', numeric: true, render: (row) => quantity(row.shipped + row.sold + row.used + row.destroyed, row.uom) },
            { label: 'portal.col.remaining', sort: 'remaining', numeric: true, render: (row) => <strong className={row.remaining < 0 ? 'portal-negative' : undefined}>{quantity(row.remaining, row.uom)}</strong> },
            { label: 'portal.col.lastAt', sort: 'lastAt', render: (row) => formatTime(row.lastAt) },
          ]}
        />
      </section>
      <section className="card portal-section" aria-labelledby="events-title">
        <h2 id="events-title" className="card__title">{t('portal.events.title')}</h2>
        <DataTable<PortalEvent>
          key={`e${generation}`} caption={t('portal.events.title')} path="/api/v1/portal/events" filters={{}} defaultSort="eventTime" limit={5}
          empty={t('portal.events.empty')} rowKey={(row) => row.eventId} columns={eventColumns(language)}
        />
      </section>
      <section className="card portal-section" aria-labelledby="findings-title">
        <h2 id="findings-title" className="card__title">{t('portal.findings.title')}</h2>
        <p className="card__lead">{t('portal.findings.lead')}</p>
        <DataTable<PortalEvent>
          key={`f${generation}`} caption={t('portal.findings.title')} path="/api/v1/portal/events" filters={{ withFindings: true }} defaultSort="eventTime" limit={5}
          empty={t('portal.findings.empty')} rowKey={(row) => row.eventId}
          columns={[...eventColumns(language), { label: 'portal.col.findings', render: (row) => <ul className="portal-plain">{row.findings.map((f, i) => <li key={i}>{language === 'en' ? f.messages.en : f.messages.zh}{f.value && <code> {f.value}</code>}</li>)}</ul> }]}
        />
      </section>
      <div className="portal-columns">
        <RecallTasks />
        <Alerts partyId={context.party.id} />
        <Credit partyId={context.party.id} />
      </div>
    </div>
  )
}

function eventColumns(language: string) {
  return [
    { label: 'portal.col.eventTime' as const, sort: 'eventTime', render: (row: PortalEvent) => formatTime(row.eventTime) },
    { label: 'portal.col.bizStep' as const, sort: 'bizStep', render: (row: PortalEvent) => bizStepLabel(row.bizStep, row.category, language) },
    { label: 'portal.col.codes' as const, render: (row: PortalEvent) => <span className="portal-codes">{row.codes.slice(0, 3).map((c) => <span key={c}>{codeLink(c)}</span>)}{row.codes.length > 3 && ' …'}</span> },
  ]
}

function LicenceReminders() {
  const { t } = useI18n()
  const [state] = useApi<LicencesReply>(LICENCES_PATH)
  if (state.status !== 'ready' || state.data.reminders.length === 0) return null
  return (
    <section className="portal-reminders" role="alert" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('portal.licences.reminderTitle')}</h2>
      <ul>
        {state.data.reminders.map((l) => (
          <li key={`${l.type}|${l.number}`}>
            {l.type} <code>{l.number}</code> — {l.status === 'expired' ? t('portal.licences.expired', { date: l.validUntil ?? '' }) : t('portal.licences.expiring', { date: l.validUntil ?? '', days: l.daysLeft ?? 0 })}
          </li>
        ))}
      </ul>
      <Link to="/portal/master-data">{t('portal.licences.manage')}</Link>
    </section>
  )
}

/** A section fed by another area's API: "not available" when that API is not on this platform (404 route_not_found). */
function OtherAreaSection<T>({ id, title, path, render }: { id: string; title: string; path: string; render: (data: T) => ReactNode }) {
  const { t } = useI18n()
  const [state, retry] = useApi<T>(path)
  let body: ReactNode
  if (state.status === 'loading') body = <p className="portal-muted">{t('portal.loading')}</p>
  else if (state.status === 'failed') {
    const missing = state.error instanceof ApiError && state.error.code === 'route_not_found'
    body = missing
      ? <p className="portal-muted">{t('portal.notAvailable')}</p>
      : <p className="portal-failure">{t('portal.error.load')} <button type="button" className="button button--quiet" onClick={retry}>{t('error.retry')}</button></p>
  } else body = render(state.data)
  return (
    <section className="card portal-section" aria-labelledby={id}>
      <h2 id={id} className="card__title">{title}</h2>
      {body}
    </section>
  )
}

interface RecallTaskList { total: number; tasks: { id: string; status: string; isOverdue: boolean; progress: number; recall: { reason: string; level: string; deadline: string } }[] }

function RecallTasks() {
  const { t } = useI18n()
  return (
    <OtherAreaSection<RecallTaskList> id="recalls-title" title={t('portal.recalls.title')} path="/api/v1/recall-tasks?status=open&limit=5" render={(data) => (
      data.tasks.length === 0 ? <p className="portal-muted">{t('portal.recalls.none')}</p> : (
        <>
          <ul className="portal-plain">
            {data.tasks.map((task) => (
              <li key={task.id} className={task.isOverdue ? 'portal-negative' : undefined}>
                {task.recall.reason} · {task.recall.level} · {t('portal.recalls.deadline', { date: formatTime(task.recall.deadline) })} · {Math.round(task.progress * 100)}%
              </li>
            ))}
          </ul>
          <Link to="/tasks">{t('portal.recalls.all', { total: data.total })}</Link>
        </>
      )
    )} />
  )
}

interface AlertList { total: number; alerts: { id: string; severity: string; status: string; message: { zh: string; en: string }; createdAt: string }[] }

function Alerts({ partyId }: { partyId: string }) {
  const { t, language } = useI18n()
  return (
    <OtherAreaSection<AlertList> id="alerts-title" title={t('portal.alerts.title')} path={`/api/v1/alerts?subject=${encodeURIComponent(partyId)}&limit=5`} render={(data) => {
      if (data.alerts.length === 0) return <p className="portal-muted">{t('portal.alerts.none')}</p>
      return (
        <ul className="portal-plain">
          {data.alerts.map((a) => <li key={a.id}><strong>{a.severity}</strong> · {language === 'en' ? a.message.en : a.message.zh} <span className="portal-muted">· {a.status} · {formatTime(a.createdAt)}</span></li>)}
        </ul>
      )
    }} />
  )
}

interface CreditReply { current: { score: number; grade: string; computedAt: string; meaning?: { zh: string; en: string } } }

function Credit({ partyId }: { partyId: string }) {
  const { t, language } = useI18n()
  return (
    <OtherAreaSection<CreditReply> id="credit-title" title={t('portal.credit.title')} path={`/api/v1/parties/${encodeURIComponent(partyId)}/credit`} render={(data) => (
      <p className="portal-credit">
        <span className="portal-credit__grade">{data.current.grade}</span>
        <span>{t('portal.credit.score', { score: data.current.score })}{data.current.meaning && ` · ${language === 'en' ? data.current.meaning.en : data.current.meaning.zh}`}</span>
        <small>{formatTime(data.current.computedAt)}</small>
      </p>
    )} />
  )
}

