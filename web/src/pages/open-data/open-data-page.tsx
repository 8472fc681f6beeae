/**
 * Open data (数据开放), `/open-data`, public: the platform's counts (the home page's statistics block) and
 * the de-identified figures of GET /api/v1/public/statistics — coverage by category, province and city,
 * events per month. Suppressed cells show "<5"; withheld figures show "—".
 */
import { useMemo } from 'react'
import { EChart, type ChartOption } from '../../components/charts/echart'
import { ErrorState, LoadingState } from '../../components/status'
import { useDocumentTitle } from '../../components/use-document-title'
import { useI18n } from '../../i18n'
import { useApi } from '../../use-api'
import { StatsPanel } from '../home/stats-panel'
import '../console/console.css'

type Count = number | '<5'
interface Cell { parties: Count; activeParties: Count; coverage: number | null }
interface Statistics {
  threshold: number; activeDays: number; total: Cell
  byCategory: (Cell & { category: string })[]
  byProvince: (Cell & { regionCode: string; name: string })[]
  byCity: (Cell & { regionCode: string; name: string })[]
  eventsPerMonth: { month: string; events: number | null }[]
}

const share = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`)

function CellTable({ rows, label }: { rows: (Cell & { key: string; name: string })[]; label: string }) {
  const { t } = useI18n()
  return (
    <div className="table-scroll">
      <table className="console-table open-data-table">
        <thead><tr><th scope="col">{label}</th><th scope="col" className="num">{t('console.openData.parties')}</th><th scope="col" className="num">{t('console.openData.active')}</th><th scope="col" className="num">{t('console.openData.coverage')}</th></tr></thead>
        <tbody>{rows.map((r) => <tr key={r.key}><th scope="row">{r.name}</th><td className="num">{r.parties}</td><td className="num">{r.activeParties}</td><td className="num">{share(r.coverage)}</td></tr>)}</tbody>
      </table>
    </div>
  )
}

export function OpenDataPage() {
  const { t } = useI18n()
  useDocumentTitle(t('console.openData.title'))
  const [state, retry] = useApi<Statistics>('/api/v1/public/statistics')
  const option = useMemo<ChartOption>(() => {
    const months = state.status === 'ready' ? state.data.eventsPerMonth : []
    return {
      grid: { left: 56, right: 16, top: 24, bottom: 32 }, tooltip: { trigger: 'axis' }, legend: { data: [t('console.events')], top: 0 },
      xAxis: { type: 'category', data: months.map((m) => m.month) }, yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: t('console.events'), data: months.map((m) => m.events ?? 0) }],
    }
  }, [state, t])
  return (
    <div className="console">
      <header className="console-head"><h1>{t('console.openData.title')}</h1></header>
      {state.status === 'loading' && <LoadingState label={t('console.loading')} />}
      {state.status === 'failed' && <ErrorState title={t('console.failed')} onRetry={retry} />}
      {state.status === 'ready' && (
        <>
          <p className="console-note">{t('console.openData.intro', { days: state.data.activeDays, threshold: state.data.threshold })}</p>
          <section className="console-card" aria-labelledby="od-month"><h2 id="od-month">{t('console.openData.perMonth')}</h2><EChart option={option} height={260} label={t('console.openData.chart')} /></section>
          <div className="console-grid">
            <section className="console-card" aria-labelledby="od-cat"><h2 id="od-cat">{t('console.openData.byCategory')}</h2>
              <CellTable label={t('console.col.category')} rows={state.data.byCategory.map((c) => ({ ...c, key: c.category, name: t(`console.category.${c.category}` as never) }))} /></section>
            <section className="console-card" aria-labelledby="od-prov"><h2 id="od-prov">{t('console.openData.byProvince')}</h2>
              <CellTable label={t('console.openData.region')} rows={state.data.byProvince.map((c) => ({ ...c, key: c.regionCode }))} /></section>
          </div>
          <section className="console-card" aria-labelledby="od-city"><h2 id="od-city">{t('console.openData.byCity')}</h2>
            <CellTable label={t('console.openData.region')} rows={state.data.byCity.map((c) => ({ ...c, key: c.regionCode }))} /></section>
        </>
      )}
      <StatsPanel />
    </div>
  )
}
