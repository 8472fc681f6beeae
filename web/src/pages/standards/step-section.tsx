/** One business step of a category: its bizSteps, data elements (indicators), example event and JSON Schema. */
import { useI18n } from '../../i18n'
import { nameIn, type Element, type Step } from './types'

function typeText(element: Element): string {
  const base = element.format ?? element.type
  const unit = element.unit ? ` (${element.unit})` : ''
  return `${element.many ? `${base}[]` : base}${unit}`
}

function ElementRow({ element }: { element: Element }) {
  const { language, t } = useI18n()
  return (
    <tr>
      <th scope="row"><span className="code-text">{element.key}</span></th>
      <td>
        {nameIn(language, element)}
        {language !== 'en' && <div className="muted" lang="en">{element.en}</div>}
        {element.codeList && <div className="muted">{element.codeList.map((c) => `${c.value} ${nameIn(language, c)}`).join(' · ')}</div>}
      </td>
      <td className="code-text">{typeText(element)}</td>
      <td>{element.required ? <span className="tag">{t('standards.required')}</span> : <span className="tag tag--muted">{t('standards.optional')}</span>}</td>
      <td data-label={t('standards.confidentiality')}>{t(`standards.${element.confidentiality}`)}</td>
      <td data-label={t('standards.onInvalid')}>{t(`standards.${element.onInvalid}`)}</td>
      <td className="muted">{element.source}</td>
    </tr>
  )
}

export function StepSection({ step }: { step: Step }) {
  const { language, t } = useI18n()
  return (
    <section className="card standards__step" aria-label={nameIn(language, step)}>
      <h3 className="card__title">{nameIn(language, step)} <span className="muted code-text">{step.code}</span></h3>
      <p className="card__lead">
        {t('standards.bizSteps')}: <span className="code-text">{step.bizSteps.join(', ')}</span>
        {' · '}{t('standards.eventTypes')}: {step.eventTypes.length > 0 ? step.eventTypes.join(', ') : t('standards.anyType')}
        {step.stageRequiredFor.length > 0 && <> · <span className="tag">{t('standards.stageRequired')}</span></>}
        <br /><span className="muted">{t('standards.source')}: {step.source}</span>
      </p>
      {step.elements.length === 0 ? <p className="muted">{t('standards.noElements')}</p> : (
        <div className="table-scroll">
          <table className="stats-table standards__table">
            <thead>
              <tr>
                <th scope="col">{t('standards.key')}</th><th scope="col">{t('standards.name')}</th><th scope="col">{t('standards.type')}</th>
                <th scope="col">{t('standards.required')}</th><th scope="col">{t('standards.confidentiality')}</th>
                <th scope="col">{t('standards.onInvalid')}</th><th scope="col">{t('standards.source')}</th>
              </tr>
            </thead>
            <tbody>{step.elements.map((element) => <ElementRow key={element.key} element={element} />)}</tbody>
          </table>
        </div>
      )}
      <details><summary>{t('standards.example')}</summary><pre className="code-text standards__code">{JSON.stringify(step.example, null, 2)}</pre></details>
      <details><summary>{t('standards.schema')}</summary><pre className="code-text standards__code">{JSON.stringify(step.jsonSchema, null, 2)}</pre></details>
    </section>
  )
}
