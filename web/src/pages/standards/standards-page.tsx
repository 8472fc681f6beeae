/**
 * The published data standard (统一标准), `/standards` and `/standards/{category}`: per category the indicators
 * (each stage's steps and data elements), the coding rules, the transmission formats and the interface list.
 * Everything comes from GET /api/v1/standards and /openapi.json, so the page cannot drift from what capture checks.
 */
import { useDocumentTitle } from '../../components/use-document-title'
import { ErrorState, LoadingState } from '../../components/status'
import { useI18n } from '../../i18n'
import { navigate } from '../../router'
import { useApi } from '../../use-api'
import { CodingRules, InterfaceList, TransmissionFormats } from './reference-sections'
import { StepSection } from './step-section'
import { nameIn, STANDARDS_PATH, standardsPagePath, type Standard } from './types'

function StandardView({ standard, categoryCode }: { standard: Standard; categoryCode: string | null }) {
  const { language, t } = useI18n()
  const category = standard.categories.find((c) => c.code === categoryCode) ?? standard.categories[0]
  if (!category) return null
  return (
    <article aria-labelledby="standards-title" className="standards">
      <h1 id="standards-title">{t('standards.title')}</h1>
      <p>{t('standards.lead')} {t('standards.version')} <span className="code-text">{standard.version}</span></p>
      <p className="muted">{nameIn(language, standard.policy)}</p>
      <label className="standards__picker">
        {t('standards.category')}{' '}
        <select value={category.code} onChange={(event) => navigate(standardsPagePath(event.target.value))}>
          {standard.categories.map((c) => <option key={c.code} value={c.code}>{nameIn(language, c)}</option>)}
        </select>
      </label>
      <p className="muted">{t('standards.source')}: {category.source}</p>
      <h2>{t('standards.indicators')}: {nameIn(language, category)}</h2>
      {category.stages.map((stage) => (
        <section key={stage.code} aria-label={nameIn(language, stage)}>
          <h3>{t('standards.stage')}: {nameIn(language, stage)} <span className="muted code-text">zs:stage = {stage.code}</span></h3>
          {stage.steps.map((step) => <StepSection key={step.code} step={step} />)}
        </section>
      ))}
      <CodingRules standard={standard} category={category} />
      <TransmissionFormats standard={standard} category={category} />
      <InterfaceList />
    </article>
  )
}

export function StandardsPage({ category }: { category: string | null }) {
  const { t } = useI18n()
  useDocumentTitle(t('standards.title'))
  const [reply, retry] = useApi<Standard>(STANDARDS_PATH)
  return (
    <div className="container">
      {reply.status === 'loading' && <LoadingState label={t('standards.loading')} />}
      {reply.status === 'failed' && <ErrorState title={t('standards.failed')} onRetry={retry} />}
      {reply.status === 'ready' && <StandardView standard={reply.data} categoryCode={category} />}
    </div>
  )
}
