/**
 * The supervision console (监管驾驶舱), for regulators (their region and categories) and the operator:
 * `/console` overview, `/console/coverage`, `/console/quality`. Every figure drills down to the parties or
 * events behind it; every table exports to .xlsx.
 */
import { useState } from 'react'
import { ErrorState, LoadingState } from '../../components/status'
import { useDocumentTitle } from '../../components/use-document-title'
import { useI18n } from '../../i18n'
import { Link } from '../../router'
import { useSession } from '../../session'
import { useApi } from '../../use-api'
import { consolePath, percent, type Coverage, type Volumes } from './console-api'
import { CONSOLE_SECTIONS, type ConsoleSection } from './console-sections'
import { CoverageGauges, EventsPerDay, FlowMap, FlowSankey } from './console-charts'
import { EventDrillDown, ExportLink, PartyDrillDown, QualityTable } from './console-tables'
import { TargetForm } from './target-form'
import './console.css'


function AlertCount() {
  const { t } = useI18n()
  const [state] = useApi<{ alerts?: unknown[]; total?: number }>('/api/v1/alerts?status=open')
  const count = state.status === 'ready' ? state.data.total ?? state.data.alerts?.length : undefined
  return <Link to="/alerts" className="console-alerts">{t('console.alerts')}{count !== undefined ? `：${count}` : ''}</Link>
}

function Overview({ params, onDrill }: { params: Record<string, string | number | undefined>; onDrill: (p: Record<string, string | undefined>) => void }) {
  const { t } = useI18n()
  const [coverage, retryCoverage] = useApi<Coverage>(consolePath('coverage', params))
  const [volumes, retryVolumes] = useApi<Volumes>(consolePath('volumes', params))
  return (
    <>
      <div className="console-grid">
        <section className="console-card" aria-labelledby="c-coverage">
          <header className="console-card__head"><h2 id="c-coverage">{t('console.coverage.title')}</h2><ExportLink href={consolePath('coverage', { ...params, format: 'xlsx' })} /></header>
          {coverage.status === 'loading' && <LoadingState label={t('console.loading')} />}
          {coverage.status === 'failed' && <ErrorState title={t('console.failed')} onRetry={retryCoverage} />}
          {coverage.status === 'ready' && (
            <>
              <CoverageGauges coverage={coverage.data} />
              <p className="console-note">{t('console.coverage.summary', { active: coverage.data.total.active, registered: coverage.data.total.registered, covered: coverage.data.counties.covered, counties: coverage.data.counties.total })}</p>
            </>
          )}
        </section>
        <section className="console-card" aria-labelledby="c-perday">
          <header className="console-card__head"><h2 id="c-perday">{t('console.perDay.title')}</h2><ExportLink href={consolePath('volumes', { ...params, format: 'xlsx' })} /></header>
          {volumes.status === 'loading' && <LoadingState label={t('console.loading')} />}
          {volumes.status === 'failed' && <ErrorState title={t('console.failed')} onRetry={retryVolumes} />}
          {volumes.status === 'ready' && (<><EventsPerDay volumes={volumes.data} /><p className="console-note">{t('console.perDay.total', { events: volumes.data.totalEvents })}</p></>)}
        </section>
      </div>
      {volumes.status === 'ready' && (
        <>
          <div className="console-grid">
            <section className="console-card" aria-labelledby="c-sankey"><h2 id="c-sankey">{t('console.flows.title')}</h2><FlowSankey links={volumes.data.cityFlows} /></section>
            <section className="console-card" aria-labelledby="c-map"><h2 id="c-map">{t('console.map.title')}</h2><FlowMap links={volumes.data.provinceFlows} /></section>
          </div>
          <div className="console-grid">
            <section className="console-card" aria-labelledby="c-products">
              <h2 id="c-products">{t('console.top.products')}</h2>
              <ol className="console-top">{volumes.data.topProducts.map((p) => <li key={p.productId}><span>{p.name}</span><span className="num">{p.events}</span></li>)}</ol>
            </section>
            <section className="console-card" aria-labelledby="c-parties">
              <h2 id="c-parties">{t('console.top.parties')}</h2>
              <ol className="console-top">{volumes.data.topParties.map((p) => <li key={p.partyId}><button type="button" className="link-button" onClick={() => onDrill({ partyId: p.partyId })}>{p.name}</button><span className="num">{p.events}</span></li>)}</ol>
            </section>
          </div>
        </>
      )}
    </>
  )
}

function CoverageSection({ params }: { params: Record<string, string | number | undefined> }) {
  const { t } = useI18n()
  const { me } = useSession()
  const [state, retry] = useApi<Coverage>(consolePath('coverage', params))
  if (state.status === 'loading') return <LoadingState label={t('console.loading')} />
  if (state.status === 'failed') return <ErrorState title={t('console.failed')} onRetry={retry} />
  const c = state.data
  return (
    <>
      <section className="console-card" aria-labelledby="cov-cat">
        <header className="console-card__head"><h2 id="cov-cat">{t('console.coverage.byCategory')}</h2><ExportLink href={consolePath('coverage', { ...params, format: 'xlsx' })} /></header>
        <CoverageGauges coverage={c} />
        <div className="table-scroll">
          <table className="console-table">
            <thead><tr><th scope="col">{t('console.col.category')}</th><th scope="col">{t('console.coverage.registered')}</th><th scope="col">{t('console.coverage.active')}</th><th scope="col">{t('console.coverage.share')}</th><th scope="col">{t('console.target')}</th></tr></thead>
            <tbody>{c.byCategory.map((row) => <tr key={row.category}><th scope="row">{t(`console.category.${row.category}` as never)}</th><td className="num">{row.registered}</td><td className="num">{row.active}</td><td className="num">{percent(row.share)}</td><td className="num">{row.target ? `${row.target.enterpriseSharePercent}%` : '—'}</td></tr>)}</tbody>
          </table>
        </div>
      </section>
      <section className="console-card" aria-labelledby="cov-county">
        <h2 id="cov-county">{t('console.coverage.byCounty')}</h2>
        <div className="table-scroll">
          <table className="console-table">
            <thead><tr><th scope="col">{t('console.col.region')}</th><th scope="col">{t('console.coverage.registered')}</th><th scope="col">{t('console.coverage.active')}</th><th scope="col">{t('console.coverage.share')}</th></tr></thead>
            <tbody>{c.byCounty.map((row) => <tr key={row.regionCode}><th scope="row">{row.name}</th><td className="num">{row.registered}</td><td className="num">{row.active}</td><td className="num">{percent(row.share)}</td></tr>)}</tbody>
          </table>
        </div>
        <h3>{t('console.coverage.uncovered', { count: c.counties.total - c.counties.covered })}</h3>
        <p className="console-uncovered">{c.counties.uncovered.map((u) => u.name).join('、') || '—'}</p>
      </section>
      <PartyDrillDown status="inactive" params={params} />
      <PartyDrillDown status="active" params={params} />
      {me?.role === 'operator' && <TargetForm />}
    </>
  )
}

export function ConsolePage({ section }: { section: ConsoleSection }) {
  const { t } = useI18n()
  useDocumentTitle(t(`console.section.${section}`))
  const { me } = useSession()
  const [days, setDays] = useState<number | undefined>(undefined)
  const [drill, setDrill] = useState<Record<string, string | undefined> | undefined>()
  if (me && me.role !== 'regulator' && me.role !== 'operator') return <ErrorState title={t('console.forbidden')} tone="notice" />
  const params = { days }
  return (
    <div className="console">
      <header className="console-head">
        <h1>{t('console.title')}</h1>
        <nav aria-label={t('console.title')} className="console-tabs">
          {CONSOLE_SECTIONS.map((s) => <Link key={s.section} to={s.to} aria-current={s.section === section ? 'page' : undefined}>{t(`console.section.${s.section}`)}</Link>)}
          <AlertCount />
        </nav>
        <label className="console-days">{t('console.days')}
          <select value={days ?? ''} onChange={(e) => setDays(e.target.value === '' ? undefined : Number(e.target.value))}>
            <option value="">{t('console.days.default')}</option>
            {[7, 30, 90, 180, 365].map((d) => <option key={d} value={d}>{t('console.days.n', { days: d })}</option>)}
          </select>
        </label>
      </header>
      {drill && <EventDrillDown params={{ ...params, ...drill }} onClose={() => setDrill(undefined)} />}
      {section === 'overview' && <Overview params={params} onDrill={setDrill} />}
      {section === 'coverage' && <CoverageSection params={params} />}
      {section === 'quality' && <QualityTable params={params} onDrill={(partyId) => setDrill({ partyId })} />}
    </div>
  )
}
