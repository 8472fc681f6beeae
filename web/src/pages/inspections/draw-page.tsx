/** `/inspections/{id}`: one draw's record — seed, algorithm, candidates with weights, result — and a verify button. */
import { useState } from 'react'
import { ErrorState, LoadingState } from '../../components/status'
import { useDocumentTitle } from '../../components/use-document-title'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'
import { getJson } from '../../api'
import { useApi } from '../../use-api'
import { errorText, type Draw, type Verification } from '../credit/credit-api'
import { GradeBadge } from '../credit/grade-badge'
import '../credit/credit.css'

export function DrawPage({ drawId }: { drawId: string }) {
  const { t, language } = useI18n()
  const [state, retry] = useApi<Draw>(`/api/v1/inspection-draws/${encodeURIComponent(drawId)}`)
  const [check, setCheck] = useState<{ text: string; error?: boolean }>()
  useDocumentTitle(state.status === 'ready' ? state.data.title : t('credit.draw.title'))
  if (state.status === 'loading') return <LoadingState label={t('credit.loading')} />
  if (state.status === 'failed') return <div className="container credit"><ErrorState title={errorText(state.error, language, t('credit.failed'))} onRetry={retry} /></div>
  const draw = state.data
  const names = new Map(draw.candidates.map((c) => [c.partyId, c]))
  const verify = async () => {
    setCheck({ text: t('credit.draw.verifying') })
    try {
      const v = await getJson<Verification>(`/api/v1/inspection-draws/${encodeURIComponent(draw.id)}/verify`, language)
      const ok = v.resultMatches && v.candidatesHashMatches
      setCheck({ text: ok ? t('credit.draw.verified') : t('credit.draw.mismatch'), error: !ok })
    } catch (error) {
      setCheck({ text: errorText(error, language, t('credit.failed')), error: true })
    }
  }
  return (
    <div className="container credit">
      <h1 className="credit__title">{draw.title}</h1>
      <p className="credit__lead">{t('credit.draw.by', { who: draw.createdByName, at: formatTime(draw.createdAt) })}</p>
      <section className="card" aria-labelledby="draw-seed">
        <h2 id="draw-seed" className="card__title">{t('credit.draw.seedTitle')}</h2>
        <p className="credit-seed">{draw.seed}</p>
        <p className="credit__lead">{t(draw.seedSource === 'entered' ? 'credit.draw.seedEntered' : 'credit.draw.seedGenerated')} · {draw.algorithm}</p>
        <p className="credit__lead">{t('credit.draw.scope', { region: draw.regionPrefix, categories: draw.categories.join(', '), kinds: draw.partyKinds.join(', ') || '—' })}</p>
        <p className="credit-evidence">{t('credit.draw.hash')}: {draw.candidatesHash}</p>
        <div className="credit-actions">
          <button type="button" className="button button--primary" onClick={verify}>{t('credit.draw.verify')}</button>
          {check && <span className={`credit-message${check.error ? ' credit-message--error' : ''}`} role="status">{check.text}</span>}
        </div>
      </section>
      <section className="card" aria-labelledby="draw-result">
        <h2 id="draw-result" className="card__title">{t('credit.draw.result', { n: draw.result.length, of: draw.candidates.length })}</h2>
        <div className="credit-table-wrap">
          <table className="credit-table">
            <thead><tr><th>#</th><th>{t('credit.party')}</th><th>{t('credit.draw.inspectorsShort')}</th><th>{t('credit.draw.key')}</th></tr></thead>
            <tbody>
              {draw.result.map((r, i) => (
                <tr key={r.partyId}><td className="num">{i + 1}</td><td>{names.get(r.partyId)?.partyName ?? r.partyId}</td><td className="credit-nowrap">{r.inspectors.join('、')}</td><td className="num">{r.key.toFixed(6)}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="draw-candidates">
        <h2 id="draw-candidates" className="card__title">{t('credit.draw.candidates')}</h2>
        <div className="credit-table-wrap">
          <table className="credit-table">
            <thead><tr><th>{t('credit.party')}</th><th>{t('credit.blacklist.uscc')}</th><th>{t('credit.grade')}</th><th>{t('credit.draw.openAlerts')}</th><th>{t('credit.draw.complaints')}</th><th>{t('credit.draw.weight')}</th></tr></thead>
            <tbody>
              {draw.candidates.map((c) => (
                <tr key={c.partyId}><td>{c.partyName}</td><td className="credit-evidence credit-nowrap">{c.uscc ?? '—'}</td><td><GradeBadge grade={c.grade} /></td><td className="num">{c.openAlerts}</td><td className="num">{c.complaints}</td><td className="num">{c.weight}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="credit__lead">{t('credit.draw.formula')}</p>
      </section>
    </div>
  )
}
