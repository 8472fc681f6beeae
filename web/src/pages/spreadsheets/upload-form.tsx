/**
 * Upload of a filled template: the answer is either how many events were captured, or every problem by
 * row and column; then the same file can be sent again asking for the annotated workbook to download.
 */
import { useState, type FormEvent } from 'react'
import type { Static } from 'typebox'
import type { TemplateList } from '../../../../src/http/routes/spreadsheets/schema'
import { useI18n } from '../../i18n'

type Template = Static<typeof TemplateList>['templates'][number]
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

interface Problem { row: number; header?: string; cell?: string; message: string }
type Outcome = { kind: 'captured'; created: number; duplicates: number } | { kind: 'refused'; message: string; problems: Problem[] } | { kind: 'failed'; message: string }

async function send(template: Template, file: File, accept: string, language: string): Promise<Response> {
  const form = new FormData()
  form.append('file', file, file.name)
  return fetch(template.upload, { method: 'POST', body: form, headers: { accept, 'accept-language': language } })
}

export function UploadForm({ templates }: { templates: Template[] }) {
  const { t, language } = useI18n()
  const [selected, setSelected] = useState(0)
  const [file, setFile] = useState<File | undefined>()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | undefined>()
  const template = templates[selected]

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!file || !template) return
    setBusy(true)
    try {
      const response = await send(template, file, 'application/json', language)
      const body = await response.json()
      if (response.ok) setOutcome({ kind: 'captured', created: body.created, duplicates: body.duplicates })
      else setOutcome({ kind: body.error?.rows ? 'refused' : 'failed', message: body.error?.message ?? `HTTP ${response.status}`, problems: body.error?.rows ?? [] })
    } catch (error) {
      setOutcome({ kind: 'failed', message: (error as Error).message })
    } finally {
      setBusy(false)
    }
  }

  const downloadAnnotated = async () => {
    if (!file || !template) return
    const blob = await (await send(template, file, XLSX, language)).blob()
    const link = document.createElement('a')
    link.href = URL.createObjectURL(blob)
    link.download = file.name.replace(/\.xlsx$/i, '') + '-检查结果.xlsx'
    link.click()
    URL.revokeObjectURL(link.href)
  }

  return (
    <section className="card" aria-labelledby="upload-title">
      <h2 id="upload-title" className="card__title">{t('sheets.upload.title')}</h2>
      <p className="card__lead">{t('sheets.upload.lead')}</p>
      <form className="sheet-form" onSubmit={(e) => void submit(e)}>
        <label className="sheet-form__field">
          <span>{t('sheets.upload.step')}</span>
          <select value={selected} onChange={(e) => { setSelected(Number(e.target.value)); setOutcome(undefined) }}>
            {templates.map((item, index) => <option key={item.upload} value={index}>{`${item.categoryName} · ${item.stageName} · ${item.stepName}`}</option>)}
          </select>
        </label>
        <label className="sheet-form__field">
          <span>{t('sheets.upload.file')}</span>
          <input type="file" accept=".xlsx,.csv" onChange={(e) => { setFile(e.target.files?.[0]); setOutcome(undefined) }} />
        </label>
        <button type="submit" className="button" disabled={!file || busy}>{busy ? t('sheets.upload.busy') : t('sheets.upload.submit')}</button>
      </form>
      {outcome?.kind === 'captured' && <p className="sheet-result sheet-result--ok" role="status">{t('sheets.upload.captured', { created: outcome.created, duplicates: outcome.duplicates })}</p>}
      {outcome?.kind === 'failed' && <p className="sheet-result sheet-result--bad" role="alert">{outcome.message}</p>}
      {outcome?.kind === 'refused' && (
        <div role="alert">
          <p className="sheet-result sheet-result--bad">{t('sheets.upload.refused', { count: outcome.problems.length })}</p>
          <div className="table-scroll">
            <table className="stats-table">
              <thead><tr><th scope="col">{t('sheets.upload.row')}</th><th scope="col">{t('sheets.upload.column')}</th><th scope="col">{t('sheets.upload.problem')}</th></tr></thead>
              <tbody>{outcome.problems.map((p, i) => <tr key={i}><td>{p.cell ?? p.row}</td><td>{p.header ?? t('sheets.upload.wholeRow')}</td><td>{p.message}</td></tr>)}</tbody>
            </table>
          </div>
          {file?.name.toLowerCase().endsWith('.xlsx') && <button type="button" className="button" onClick={() => void downloadAnnotated()}>{t('sheets.upload.annotated')}</button>}
        </div>
      )}
    </section>
  )
}
