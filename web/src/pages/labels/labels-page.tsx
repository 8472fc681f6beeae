/**
 * Print labels, `/labels`: the QR labels of a lot or item (Digital Link URI or platform code URL, the
 * code and product name under each) as a PDF for A4 sheets or a label printer, with a PNG preview.
 */
import { useState, type FormEvent } from 'react'
import { useDocumentTitle } from '../../components/use-document-title'
import { useI18n, type MessageKey } from '../../i18n'
import '../spreadsheets/sheets.css'

const LAYOUTS: { value: string; key: MessageKey }[] = [
  { value: 'a4-3x8', key: 'labels.layout.a4' }, { value: '50x30', key: 'labels.layout.50x30' }, { value: '40x30', key: 'labels.layout.40x30' },
]

const labelsPath = (code: string, query: string) => `/api/v1/labels/${encodeURIComponent(code)}?${query}`

export function LabelsPage() {
  const { t } = useI18n()
  useDocumentTitle(t('labels.title'))
  const [code, setCode] = useState('')
  const [layout, setLayout] = useState('a4-3x8')
  const [copies, setCopies] = useState(24)
  const [shown, setShown] = useState<string | undefined>()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (code.trim()) setShown(code.trim())
  }

  return (
    <div className="container container--narrow sheets">
      <h1 className="sheets__title">{t('labels.title')}</h1>
      <p className="sheets__lead">{t('labels.lead')}</p>
      <section className="card" aria-labelledby="labels-form-title">
        <h2 id="labels-form-title" className="card__title">{t('labels.form.title')}</h2>
        <form className="sheet-form" onSubmit={submit}>
          <label className="sheet-form__field">
            <span>{t('labels.code')}</span>
            <input type="text" value={code} placeholder={t('entry.placeholder')} onChange={(e) => setCode(e.target.value)} />
          </label>
          <label className="sheet-form__field">
            <span>{t('labels.layout')}</span>
            <select value={layout} onChange={(e) => setLayout(e.target.value)}>
              {LAYOUTS.map((l) => <option key={l.value} value={l.value}>{t(l.key)}</option>)}
            </select>
          </label>
          <label className="sheet-form__field">
            <span>{t('labels.copies')}</span>
            <input type="number" min={1} max={1000} value={copies} onChange={(e) => setCopies(Math.max(1, Number(e.target.value) || 1))} />
          </label>
          <button type="submit" className="button">{t('labels.preview')}</button>
        </form>
        {shown && (
          <div className="label-preview">
            <img src={labelsPath(shown, `format=png&layout=${layout}`)} alt={t('labels.previewAlt', { code: shown })} />
            <a className="button" href={labelsPath(shown, `layout=${layout}&copies=${copies}`)} target="_blank" rel="noopener">{t('labels.pdf')}</a>
          </div>
        )}
      </section>
    </div>
  )
}
