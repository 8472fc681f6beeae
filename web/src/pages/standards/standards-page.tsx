/**
 * The published data standard (统一标准), `/standards`: pick a category, read each stage's steps and their data
 * elements, and open the JSON Schema or an example event. Everything comes from GET /api/v1/standards.
 */
import { useState } from 'react'
import type { Static } from 'typebox'
import type { StandardSet } from '../../../../src/http/routes/standards/schema'
import { ErrorState, LoadingState } from '../../components/status'
import { useDocumentTitle } from '../../components/use-document-title'
import { useI18n, type Language } from '../../i18n'
import { useApi } from '../../use-api'
import { standardsLabels, type StandardsLabels } from './labels'

type Standard = Static<typeof StandardSet>
type Category = Standard['categories'][number]
type Step = Category['stages'][number]['steps'][number]
type Element = Step['elements'][number]

const STANDARDS_PATH = '/api/v1/standards'

const nameIn = (language: Language, item: { zh: string; en: string }) => (language === 'en' ? item.en : item.zh)

function typeText(element: Element): string {
  const base = element.format ?? element.type
  const unit = element.unit ? ` (${element.unit})` : ''
  return `${element.many ? `${base}[]` : base}${unit}`
}

function ElementRow({ element, labels }: { element: Element; labels: StandardsLabels }) {
  const { language } = useI18n()
  return (
    <tr>
      <th scope="row"><span className="code-text">{element.key}</span></th>
      <td>
        {nameIn(language, element)}
        {element.codeList && <div className="muted">{element.codeList.map((c) => `${c.value} ${nameIn(language, c)}`).join(' · ')}</div>}
      </td>
      <td className="code-text">{typeText(element)}</td>
      <td>{element.required ? <span className="tag">{labels.required}</span> : <span className="tag tag--muted">{labels.optional}</span>}</td>
      <td>{labels[element.confidentiality]}</td>
      <td>{labels[element.onInvalid]}</td>
      <td className="muted">{element.source}</td>
    </tr>
  )
}

function StepSection({ step, labels }: { step: Step; labels: StandardsLabels }) {
  const { language } = useI18n()
  return (
    <section className="card" aria-label={nameIn(language, step)}>
      <h3 className="card__title">{nameIn(language, step)} <span className="muted code-text">{step.code}</span></h3>
      <p className="card__lead">
        {labels.bizSteps}: <span className="code-text">{step.bizSteps.join(', ')}</span>
        {' · '}{labels.eventTypes}: {step.eventTypes.length > 0 ? step.eventTypes.join(', ') : labels.anyType}
        {step.stageRequiredFor.length > 0 && <> · <span className="tag">{labels.stageRequired}</span></>}
        <br /><span className="muted">{labels.source}: {step.source}</span>
      </p>
      {step.elements.length === 0 ? <p className="muted">{labels.noElements}</p> : (
        <div className="table-scroll">
          <table className="stats-table">
            <thead>
              <tr>
                <th scope="col">{labels.key}</th><th scope="col">{labels.name}</th><th scope="col">{labels.type}</th>
                <th scope="col">{labels.required}</th><th scope="col">{labels.confidentiality}</th><th scope="col">{labels.onInvalid}</th>
                <th scope="col">{labels.source}</th>
              </tr>
            </thead>
            <tbody>{step.elements.map((element) => <ElementRow key={element.key} element={element} labels={labels} />)}</tbody>
          </table>
        </div>
      )}
      <details><summary>{labels.example}</summary><pre className="code-text">{JSON.stringify(step.example, null, 2)}</pre></details>
      <details><summary>{labels.schema}</summary><pre className="code-text">{JSON.stringify(step.jsonSchema, null, 2)}</pre></details>
    </section>
  )
}

function StandardView({ standard, labels }: { standard: Standard; labels: StandardsLabels }) {
  const { language } = useI18n()
  const [code, setCode] = useState(standard.categories[0]?.code ?? '')
  const category = standard.categories.find((c) => c.code === code)
  return (
    <article aria-labelledby="standards-title">
      <h1 id="standards-title">{labels.title}</h1>
      <p>{labels.lead} {labels.version} <span className="code-text">{standard.version}</span></p>
      <p className="muted">{nameIn(language, standard.policy)}</p>
      <label>
        {labels.category}{' '}
        <select value={code} onChange={(event) => setCode(event.target.value)}>
          {standard.categories.map((c) => <option key={c.code} value={c.code}>{nameIn(language, c)}</option>)}
        </select>
      </label>
      {category && category.stages.map((stage) => (
        <section key={stage.code} aria-label={nameIn(language, stage)}>
          <h2>{labels.stage}: {nameIn(language, stage)} <span className="muted code-text">zs:stage = {stage.code}</span></h2>
          {stage.steps.map((step) => <StepSection key={step.code} step={step} labels={labels} />)}
        </section>
      ))}
    </article>
  )
}

export function StandardsPage() {
  const { language } = useI18n()
  const labels = standardsLabels(language)
  useDocumentTitle(labels.title)
  const [reply, retry] = useApi<Standard>(STANDARDS_PATH)
  return (
    <div className="container">
      {reply.status === 'loading' && <LoadingState label={labels.loading} />}
      {reply.status === 'failed' && <ErrorState title={labels.failed} onRetry={retry} />}
      {reply.status === 'ready' && <StandardView standard={reply.data} labels={labels} />}
    </div>
  )
}
