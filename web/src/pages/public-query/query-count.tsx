/** How often the code was looked up before, with a counterfeit hint when that is often (DESIGN §4.3). */
import type { PublicReply } from '../../api'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'

/**
 * From this many earlier look-ups on, the page warns that the code may be copied. A genuine label is
 * scanned by the buyer a few times at most; a code printed on counterfeits is scanned by every buyer.
 */
export const COUNTERFEIT_HINT_QUERY_COUNT = 5

export function QueryCount({ queries }: { queries: PublicReply['queries'] }) {
  const { t } = useI18n()
  const isSuspicious = queries.count >= COUNTERFEIT_HINT_QUERY_COUNT
  return (
    <section className={`card query-count${isSuspicious ? ' query-count--warning' : ''}`}>
      {queries.count === 0 ? (
        <p className="query-count__text">{t('query.count.first')}</p>
      ) : (
        <>
          <p className="query-count__text">
            {t('query.count.times', { count: queries.count })}
          </p>
          {queries.firstAt && <p className="query-count__sub">{t('query.count.firstAt', { time: formatTime(queries.firstAt) })}</p>}
        </>
      )}
      {isSuspicious && (
        <p className="query-count__warning" role="note">
          <span aria-hidden="true" className="query-count__icon">!</span>
          {t('query.count.warning')}
        </p>
      )}
    </section>
  )
}
