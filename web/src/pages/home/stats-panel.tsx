/** Open statistics (数据开放): totals, and trace events per category as a table with bars. */
import type { StatsReply } from '../../api'
import { STATS_PATH } from '../../api'
import { useLabels } from '../../components/labels'
import { LoadingState } from '../../components/status'
import { formatCount } from '../../format'
import { useI18n, type MessageKey } from '../../i18n'
import { useApi } from '../../use-api'

/** The order of DESIGN §2; a category the API adds later is listed after these. */
const CATEGORY_ORDER = ['agri', 'food', 'drug', 'agri_input', 'equipment', 'hazardous', 'rare_earth', 'import']
const TOTALS: { key: keyof StatsReply; label: MessageKey }[] = [
  { key: 'parties', label: 'stats.parties' },
  { key: 'products', label: 'stats.products' },
  { key: 'lots', label: 'stats.lots' },
  { key: 'items', label: 'stats.items' },
  { key: 'events', label: 'stats.events' },
]

function orderedCategories(stats: StatsReply): string[] {
  const extra = Object.keys(stats.events.byCategory).filter((c) => !CATEGORY_ORDER.includes(c))
  return [...CATEGORY_ORDER, ...extra]
}

function StatsTable({ stats }: { stats: StatsReply }) {
  const { t, language } = useI18n()
  const labels = useLabels()
  const categories = orderedCategories(stats)
  const maxEvents = Math.max(1, ...categories.map((c) => stats.events.byCategory[c] ?? 0))
  const count = (value: number | undefined) => formatCount(value ?? 0, language)
  return (
    <div className="table-scroll">
      <table className="stats-table">
        <caption className="visually-hidden">{t('home.stats.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('home.stats.category')}</th>
            <th scope="col" className="stats-table__events">{t('home.stats.events')}</th>
            <th scope="col" className="num">{t('home.stats.lots')}</th>
            <th scope="col" className="num">{t('home.stats.products')}</th>
          </tr>
        </thead>
        <tbody>
          {categories.map((category) => {
            const events = stats.events.byCategory[category] ?? 0
            return (
              <tr key={category}>
                <th scope="row">{labels.category(category)}</th>
                <td className="stats-table__events">
                  <span className="stats-table__bar-cell">
                    <span className="bar" aria-hidden="true">
                      <span className="bar__fill" style={{ width: `${(events / maxEvents) * 100}%` }} />
                    </span>
                    <span className="num">{count(events)}</span>
                  </span>
                </td>
                <td className="num">{count(stats.lots.byCategory[category])}</td>
                <td className="num">{count(stats.products.byCategory[category])}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

export function StatsPanel() {
  const { t, language } = useI18n()
  const [stats, retry] = useApi<StatsReply>(STATS_PATH)
  return (
    <section className="card home__stats" aria-labelledby="stats-title">
      <h2 id="stats-title" className="card__title">{t('home.stats.title')}</h2>
      <p className="card__lead">{t('home.stats.lead')}</p>
      {stats.status === 'loading' && <LoadingState label={t('common.loading')} />}
      {stats.status === 'failed' && (
        <p className="inline-error" role="alert">
          {t('error.stats')} <button type="button" className="link-button" onClick={retry}>{t('error.retry')}</button>
        </p>
      )}
      {stats.status === 'ready' && (
        <>
          <dl className="totals">
            {TOTALS.map(({ key, label }) => (
              <div key={key} className="totals__item">
                <dt>{t(label)}</dt>
                <dd>{formatCount(stats.data[key].total, language)}</dd>
              </div>
            ))}
          </dl>
          <StatsTable stats={stats.data} />
        </>
      )}
    </section>
  )
}
