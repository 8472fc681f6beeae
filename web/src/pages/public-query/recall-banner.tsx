/**
 * The recall warning (召回警示) at the top of the query page. The recall shape is still being designed, so
 * each recall's fields are shown generically: known ones with their label, any other text or number under its name.
 */
import { formatTime } from '../../format'
import { useI18n, type MessageKey } from '../../i18n'

const KNOWN_FIELDS: Record<string, MessageKey> = {
  reason: 'query.recall.reason',
  level: 'query.recall.level',
  status: 'query.recall.status',
  issuedAt: 'query.recall.issuedAt',
  notice: 'query.recall.notice',
}
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

function fieldsOf(recall: unknown): [string, string][] {
  if (typeof recall === 'string' || typeof recall === 'number') return [['', String(recall)]]
  if (!recall || typeof recall !== 'object') return []
  return Object.entries(recall as Record<string, unknown>)
    .filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number')
    .map(([name, value]) => [name, typeof value === 'string' && INSTANT.test(value) ? formatTime(value) : String(value)])
}

export function RecallBanner({ recalls }: { recalls: unknown[] }) {
  const { t } = useI18n()
  return (
    <section className="recall-banner" role="alert" aria-labelledby="recall-title">
      <h2 id="recall-title" className="recall-banner__title">
        <span aria-hidden="true" className="recall-banner__icon">!</span>
        {t('query.recall.title')}
      </h2>
      <p className="recall-banner__lead">{t('query.recall.lead')}</p>
      {recalls.map((recall, index) => {
        const fields = fieldsOf(recall)
        if (fields.length === 0) return null
        return (
          <dl key={index} className="recall-banner__item">
            {fields.map(([name, value]) => (
              <div key={name} className="recall-banner__field">
                {name && <dt>{KNOWN_FIELDS[name] ? t(KNOWN_FIELDS[name]) : name}</dt>}
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )
      })}
    </section>
  )
}
