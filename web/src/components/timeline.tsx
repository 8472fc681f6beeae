/** A vertical timeline of trace steps, oldest first, each with its role, Beijing time, party and place. */
import type { PublicStep } from '../api'
import { formatTime } from '../format'
import { useI18n } from '../i18n'
import { useLabels } from './labels'

/**
 * Steps at the same instant in the order things happen: inputs are used before the output is made, made
 * before packed and shipped, shipped before received and sold. The API orders by time only.
 */
const ROLE_ORDER = ['used', 'made', 'inspected', 'packed', 'observed', 'shipped', 'received', 'sold', 'destroyed']

function orderSteps(steps: PublicStep[]): PublicStep[] {
  const rank = (role: string) => {
    const index = ROLE_ORDER.indexOf(role)
    return index === -1 ? ROLE_ORDER.length : index
  }
  const time = (step: PublicStep) => new Date(step.eventTime).getTime()
  return [...steps].sort((a, b) => time(a) - time(b) || rank(a.role) - rank(b.role))
}

function placeOf(step: PublicStep): string | undefined {
  const parts = [step.siteName, step.regionName].filter((part): part is string => Boolean(part))
  return parts.length > 0 ? parts.join(' · ') : undefined
}

function TimelineStep({ step, mainProductName }: { step: PublicStep; mainProductName?: string }) {
  const { t } = useI18n()
  const labels = useLabels()
  const place = placeOf(step)
  const partyKind = labels.partyKind(step.party?.kind)
  const isOtherProduct = step.productName !== undefined && step.productName !== mainProductName
  return (
    <li className={`timeline__step timeline__step--${step.role}`}>
      <span className="timeline__marker" aria-hidden="true" />
      <div className="timeline__body">
        <div className="timeline__head">
          <h3 className="timeline__role">{labels.role(step.role)}</h3>
          <time className="timeline__time" dateTime={step.eventTime}>{formatTime(step.eventTime)}</time>
        </div>
        {step.party && (
          <p className="timeline__party">
            <span className="timeline__party-name">{step.party.name}</span>
            {partyKind && <span className="tag tag--muted">{partyKind}</span>}
          </p>
        )}
        {place && (
          <p className="timeline__detail">
            <span className="visually-hidden">{t('query.step.place')}: </span>
            {place}
          </p>
        )}
        {isOtherProduct && (
          <p className="timeline__detail">
            {t('query.step.product', { name: step.productName ?? '' })}
          </p>
        )}
      </div>
    </li>
  )
}

export function Timeline({ steps, mainProductName, label }: { steps: PublicStep[]; mainProductName?: string; label: string }) {
  return (
    <ol className="timeline" aria-label={label}>
      {orderSteps(steps).map((step, index) => (
        <TimelineStep key={`${step.eventTime}|${step.role}|${step.code}|${index}`} step={step} mainProductName={mainProductName} />
      ))}
    </ol>
  )
}
