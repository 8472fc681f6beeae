/** `/credit/{partyId}`: one party's score, grade and meaning, every reason with its evidence, and the score history. */
import { EChart } from '../../components/charts/echart'
import { ErrorState, LoadingState } from '../../components/status'
import { useDocumentTitle } from '../../components/use-document-title'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'
import { useApi } from '../../use-api'
import { errorText, partyCreditPath, type PartyCredit } from './credit-api'
import { GradeBadge } from './grade-badge'
import './credit.css'

export function CreditPartyPage({ partyId }: { partyId: string }) {
  const { t, language } = useI18n()
  const [state, retry] = useApi<PartyCredit>(partyCreditPath(partyId))
  useDocumentTitle(state.status === 'ready' ? `${state.data.party.name} · ${t('credit.partyTitle')}` : t('credit.partyTitle'))
  if (state.status === 'loading') return <LoadingState label={t('credit.loading')} />
  if (state.status === 'failed') return <div className="container credit"><ErrorState title={errorText(state.error, language, t('credit.failed'))} onRetry={retry} /></div>
  const { party, current, history } = state.data
  const text = (x: { zh: string; en: string }) => (language === 'en' ? x.en : x.zh)
  const option = {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: history.map((h) => formatTime(h.computedAt)) },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [{ type: 'line', name: t('credit.score'), data: history.map((h) => h.score), step: 'end', label: { show: true } }],
  }
  return (
    <div className="container credit">
      <h1 className="credit__title">{party.name}</h1>
      <p className="credit__lead">{party.uscc ?? '—'} · {party.regionCode}</p>
      <section className="card credit-score" aria-label={t('credit.score')}>
        <span className="credit-score__value">{current.score}</span>
        <GradeBadge grade={current.grade} />
        <span>{text(current.meaning)}</span>
        <span className="credit__lead">{t('credit.computedAtValue', { at: formatTime(current.computedAt), model: current.modelVersion })}</span>
      </section>
      <section className="card" aria-labelledby="credit-reasons">
        <h2 id="credit-reasons" className="card__title">{t('credit.reasons')}</h2>
        {current.reasons.length === 0 ? <p>{t('credit.noReasons')}</p> : (
          <div className="credit-table-wrap">
            <table className="credit-table">
              <thead><tr><th>{t('credit.source')}</th><th>{t('credit.explanation')}</th><th>{t('credit.points')}</th><th>{t('credit.evidence')}</th></tr></thead>
              <tbody>
                {current.reasons.map((r) => (
                  <tr key={r.rule}>
                    <td>{t(`credit.source.${r.source}` as 'credit.source.inspection')}</td>
                    <td>{text(r.explanation)}</td>
                    <td className={`num credit-points--${r.points < 0 ? 'minus' : 'plus'}`}>{r.points > 0 ? `+${r.points}` : r.points}</td>
                    <td className="credit-evidence">{r.evidence.slice(0, 5).join(' ')}{r.evidence.length > 5 ? ` … (${r.evidence.length})` : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="credit__lead">{t('credit.sources', { sources: state.data.sources.map((s) => t(`credit.source.${s}` as 'credit.source.inspection')).join('、') })}</p>
      </section>
      <section className="card" aria-labelledby="credit-history">
        <h2 id="credit-history" className="card__title">{t('credit.history')}</h2>
        <EChart option={option} height={260} label={t('credit.historyChart')} />
        <div className="credit-table-wrap">
          <table className="credit-table">
            <thead><tr><th>{t('credit.computedAt')}</th><th>{t('credit.score')}</th><th>{t('credit.grade')}</th></tr></thead>
            <tbody>{[...history].reverse().map((h) => <tr key={h.snapshotId}><td>{formatTime(h.computedAt)}</td><td className="num">{h.score}</td><td><GradeBadge grade={h.grade} /></td></tr>)}</tbody>
          </table>
        </div>
      </section>
    </div>
  )
}
