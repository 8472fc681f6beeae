/** What the code is: product name, category, code, lot or serial, specification and dates. */
import type { PublicReply } from '../../api'
import { useLabels } from '../../components/labels'
import { formatDate } from '../../format'
import { useI18n, type MessageKey } from '../../i18n'

export function ProductSummary({ reply }: { reply: PublicReply }) {
  const { t } = useI18n()
  const labels = useLabels()
  const { product } = reply
  const facts: { label: MessageKey; value?: string; isCode?: boolean }[] = [
    { label: 'query.code', value: reply.code, isCode: true },
    { label: 'query.lotNumber', value: reply.lotNumber, isCode: true },
    { label: 'query.serial', value: reply.serial, isCode: true },
    { label: 'query.specification', value: product?.specification },
    { label: 'query.productionDate', value: reply.productionDate && formatDate(reply.productionDate) },
    { label: 'query.expiryDate', value: reply.expiryDate && formatDate(reply.expiryDate) },
    { label: 'query.gtin', value: product?.gtin, isCode: true },
  ]
  const unitKind = labels.unitKind(reply.kind)
  return (
    <section className="card product" aria-labelledby="product-title">
      <div className="product__tags">
        {product && <span className="tag">{labels.category(product.category)}</span>}
        {unitKind && <span className="tag tag--muted">{unitKind}</span>}
      </div>
      <h1 id="product-title" className="product__name">{product?.name ?? t('query.unnamedProduct')}</h1>
      <dl className="facts">
        {facts.filter((fact) => fact.value).map((fact) => (
          <div key={fact.label} className="facts__row">
            <dt>{t(fact.label)}</dt>
            <dd className={fact.isCode ? 'code-text' : undefined}>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
