/**
 * The recall warning (召回警示) at the top of the public query page: for each open recall of the code, or of
 * what it came from, the level, the reason, who ordered it, consumer notices, and what to do.
 */
import type { PublicReply } from '../../api'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'
import { Link } from '../../router'
import '../recalls/recalls.css'

export function RecallWarning({ recalls }: { recalls: PublicReply['recalls'] }) {
  const { t, language } = useI18n()
  if (recalls.length === 0) return null
  const en = language === 'en'
  return (
    <section className="recall-banner recall-warning" role="alert" aria-labelledby="recall-warning-title">
      <h2 id="recall-warning-title" className="recall-warning__title"><span aria-hidden="true" className="recall-warning__icon">!</span>{t('recalls.warning.title')}</h2>
      {recalls.map((recall) => (
        <div key={recall.id} className="recall-warning__item">
          <p className="recall-warning__level">{en ? recall.levelText.en : recall.levelText.zh}</p>
          <p><strong>{t('recalls.reason')}：</strong>{recall.reason}</p>
          <p className="recall-warning__meta">{recall.initiatorName} · {formatTime(recall.openedAt)}</p>
          {recall.notices.map((n) => <p key={n.id}><strong>{n.title}：</strong>{n.body}{n.advice ? ` ${n.advice}` : ''}</p>)}
          <p className="recall-warning__advice"><strong>{t('recalls.warning.whatToDo')}</strong>{en ? recall.advice.en : recall.advice.zh}</p>
        </div>
      ))}
      <p><Link to="/recalls">{t('recalls.warning.more')}</Link></p>
    </section>
  )
}
