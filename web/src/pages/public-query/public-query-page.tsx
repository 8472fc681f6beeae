/** The page a consumer sees after scanning a product's QR code: `/q/<code>`. */
import { ComplaintForm } from './complaint-form'
import type { PublicReply } from '../../api'
import { publicQueryPath } from '../../api'
import { CodeEntry } from '../../components/code-entry'
import { LoadingState } from '../../components/status'
import { Timeline } from '../../components/timeline'
import { useDocumentTitle } from '../../components/use-document-title'
import { useI18n } from '../../i18n'
import { useApi } from '../../use-api'
import { ProductSummary } from './product-summary'
import { QueryCount } from './query-count'
import { QueryError } from './query-error'
import { RecallWarning } from './recall-warning'
import { SourceSection } from './source-section'

function QueryResult({ reply }: { reply: PublicReply }) {
  const { t } = useI18n()
  useDocumentTitle(reply.product?.name ?? reply.code)
  return (
    <article className="query" aria-labelledby="product-title">
      <RecallWarning recalls={reply.recalls} />
      <div className="query__summary">
        <ProductSummary reply={reply} />
        <SourceSection reply={reply} />
        <QueryCount queries={reply.queries} />
      </div>
      <section className="card query__chain" aria-labelledby="chain-title">
        <h2 id="chain-title" className="card__title">{t('query.chain.title')}</h2>
        <p className="card__lead">{t('query.chain.lead')}</p>
        {reply.chain.length > 0
          ? <Timeline steps={reply.chain} mainProductName={reply.product?.name} label={t('query.chain.title')} />
          : <p className="muted">{t('query.chain.empty')}</p>}
      </section>
      <section className="card query__inspections" aria-labelledby="inspections-title">
        <h2 id="inspections-title" className="card__title">{t('query.inspections.title')}</h2>
        {reply.inspections.length > 0
          ? <Timeline steps={reply.inspections} mainProductName={reply.product?.name} label={t('query.inspections.title')} />
          : <p className="muted">{t('query.inspections.empty')}</p>}
      </section>
      <ComplaintForm code={reply.code} />
      <section className="card query__again" aria-labelledby="again-title">
        <h2 id="again-title" className="card__title">{t('query.again')}</h2>
        <CodeEntry size="compact" />
      </section>
    </article>
  )
}

export function PublicQueryPage({ code }: { code: string }) {
  const { t } = useI18n()
  const [reply, retry] = useApi<PublicReply>(publicQueryPath(code))
  return (
    <div className={`container ${reply.status === 'ready' ? 'container--query' : 'container--narrow'}`}>
      {reply.status === 'loading' && <LoadingState label={t('query.loading')} />}
      {reply.status === 'failed' && <QueryError code={code} error={reply.error} onRetry={retry} />}
      {reply.status === 'ready' && <QueryResult reply={reply.data} />}
    </div>
  )
}
