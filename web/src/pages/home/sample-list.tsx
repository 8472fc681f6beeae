/** Sample codes from /api/v1/public/samples, each a link to its query page. */
import type { SamplesReply } from '../../api'
import { SAMPLES_PATH } from '../../api'
import { useLabels } from '../../components/labels'
import { LoadingState } from '../../components/status'
import { useI18n } from '../../i18n'
import { Link, queryPagePath } from '../../router'
import { useApi } from '../../use-api'

export function SampleList() {
  const { t } = useI18n()
  const labels = useLabels()
  const [samples, retry] = useApi<SamplesReply>(SAMPLES_PATH)
  return (
    <section className="card home__samples" aria-labelledby="samples-title">
      <h2 id="samples-title" className="card__title">{t('home.samples.title')}</h2>
      <p className="card__lead">{t('home.samples.lead')}</p>
      {samples.status === 'loading' && <LoadingState label={t('common.loading')} />}
      {samples.status === 'failed' && (
        <p className="inline-error" role="alert">
          {t('error.samples')} <button type="button" className="link-button" onClick={retry}>{t('error.retry')}</button>
        </p>
      )}
      {samples.status === 'ready' && samples.data.samples.length === 0 && <p className="muted">{t('home.samples.empty')}</p>}
      {samples.status === 'ready' && samples.data.samples.length > 0 && (
        <ul className="sample-list">
          {samples.data.samples.map((sample) => (
            <li key={sample.code}>
              <Link to={queryPagePath(sample.code)} className="sample">
                <span className="sample__name">{sample.productName ?? t('query.unnamedProduct')}</span>
                {sample.category && <span className="tag">{labels.category(sample.category)}</span>}
                <code className="sample__code">{sample.code}</code>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
