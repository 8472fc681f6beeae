/**
 * Spreadsheets for enterprises without IT, `/spreadsheets`: download the capture template of a business
 * step (.xlsx with notes and drop-down lists, or CSV) and upload it filled in. Templates come from
 * GET /api/v1/spreadsheets/templates, generated from the data standard.
 */
import { useState } from 'react'
import type { Static } from 'typebox'
import type { TemplateList } from '../../../../src/http/routes/spreadsheets/schema'
import { ErrorState, LoadingState } from '../../components/status'
import { useDocumentTitle } from '../../components/use-document-title'
import { useI18n } from '../../i18n'
import { useApi } from '../../use-api'
import { UploadForm } from './upload-form'
import './sheets.css'

type Templates = Static<typeof TemplateList>
export const TEMPLATES_PATH = '/api/v1/spreadsheets/templates'

function TemplateTable({ templates }: { templates: Templates['templates'] }) {
  const { t } = useI18n()
  const categories = [...new Map(templates.map((item) => [item.category, item.categoryName])).entries()]
  const [category, setCategory] = useState(categories[0]?.[0] ?? '')
  return (
    <section className="card" aria-labelledby="templates-title">
      <h2 id="templates-title" className="card__title">{t('sheets.templates.title')}</h2>
      <p className="card__lead">{t('sheets.templates.lead')}</p>
      <div className="chip-row" role="group" aria-label={t('sheets.templates.category')}>
        {categories.map(([code, name]) => (
          <button key={code} type="button" className={`chip${code === category ? ' chip--active' : ''}`} aria-pressed={code === category} onClick={() => setCategory(code)}>{name}</button>
        ))}
      </div>
      <div className="table-scroll">
        <table className="stats-table">
          <thead><tr><th scope="col">{t('sheets.templates.stage')}</th><th scope="col">{t('sheets.templates.step')}</th><th scope="col">{t('sheets.templates.download')}</th></tr></thead>
          <tbody>
            {templates.filter((item) => item.category === category).map((item) => (
              <tr key={item.upload}>
                <td>{item.stageName}</td>
                <td>{item.stepName} <span className="muted code-text">{item.step}</span></td>
                <td><a href={item.xlsx} download>{t('sheets.templates.xlsx')}</a> · <a href={item.csv} download>CSV</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

export function SpreadsheetsPage() {
  const { t } = useI18n()
  useDocumentTitle(t('sheets.title'))
  const [state, retry] = useApi<Templates>(TEMPLATES_PATH)
  return (
    <div className="container container--narrow sheets">
      <h1 className="sheets__title">{t('sheets.title')}</h1>
      <p className="sheets__lead">{t('sheets.lead')}</p>
      {state.status === 'loading' && <LoadingState label={t('sheets.loading')} />}
      {state.status === 'failed' && <ErrorState title={t('sheets.failed')} onRetry={retry} />}
      {state.status === 'ready' && (
        <>
          <TemplateTable templates={state.data.templates} />
          <UploadForm templates={state.data.templates} />
        </>
      )}
    </div>
  )
}
