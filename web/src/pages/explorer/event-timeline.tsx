/** The events that link the nodes shown, oldest first, a page at a time. */
import { useMemo, useState } from 'react'
import { formatTime } from '../../format'
import { useI18n, type MessageKey } from '../../i18n'
import { eventsOf, type Graph } from './explorer-api'

const PAGE = 50

export function EventTimeline({ graph }: { graph: Graph }) {
  const { t } = useI18n()
  const events = useMemo(() => eventsOf(graph), [graph])
  const labels = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n.label])), [graph])
  const [shown, setShown] = useState(PAGE)
  if (events.length === 0) return <p className="muted">{t('explorer.timeline.empty')}</p>
  return (
    <div>
      <ol className="explorer-timeline" aria-label={t('explorer.timeline.label')}>
        {events.slice(0, shown).map((event) => {
          const first = event.edges[0]
          const more = event.edges.length - 1
          return (
            <li key={event.eventId} className="explorer-timeline__item">
              <time className="explorer-timeline__time" dateTime={event.eventTime}>{formatTime(event.eventTime)}</time>
              <span>
                {event.kinds.map((k) => <span key={k} className={`tag explorer-tag--${k}`}>{t(`explorer.edge.${k}` as MessageKey)}</span>)}{' '}
                {labels.get(first.source)} → {labels.get(first.target)}
                {first.quantity !== undefined && <span className="muted"> · {first.quantity.toLocaleString()} {first.uom ?? ''}</span>}
                {more > 0 && <span className="muted"> · {t('explorer.timeline.moreLinks', { count: more })}</span>}
              </span>
            </li>
          )
        })}
      </ol>
      {shown < events.length && (
        <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)}>{t('explorer.timeline.more', { count: events.length - shown })}</button>
      )}
    </div>
  )
}
