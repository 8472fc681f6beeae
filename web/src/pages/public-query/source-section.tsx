/** Where the product comes from: the producer and the origin region. */
import type { PublicReply } from '../../api'
import { useLabels } from '../../components/labels'
import { useI18n } from '../../i18n'

export function SourceSection({ reply }: { reply: PublicReply }) {
  const { t } = useI18n()
  const labels = useLabels()
  const { producer, origin } = reply
  const producerKind = labels.partyKind(producer?.kind)
  return (
    <section className="card" aria-labelledby="source-title">
      <h2 id="source-title" className="card__title">{t('query.source.title')}</h2>
      <dl className="facts facts--source">
        <div className="facts__row">
          <dt>{t('query.producer')}</dt>
          <dd>
            {producer ? (
              <>
                <span className="facts__strong">{producer.name}</span>
                {producerKind && <span className="tag tag--muted">{producerKind}</span>}
                {producer.regionName && <span className="facts__sub">{producer.regionName}</span>}
              </>
            ) : <span className="muted">{t('query.unknown')}</span>}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('query.origin')}</dt>
          <dd>{origin?.regionName ?? origin?.regionCode ?? <span className="muted">{t('query.unknown')}</span>}</dd>
        </div>
      </dl>
    </section>
  )
}
