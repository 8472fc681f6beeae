/** `/complaints/import`: upload a 12345 hotline file, see the row-by-row report. */
import { useState, type FormEvent } from 'react'
import { useDocumentTitle } from '../../components/use-document-title'
import { useI18n } from '../../i18n'
import { Link } from '../../router'
import { useSession } from '../../session'
import { errorText } from '../account/account-api'
import { COMPLAINTS_PATH, postForm, type ImportReportDto } from './complaint-api'
import './complaints.css'

export function ComplaintsImportPage() {
  const { t, tMaybe, language } = useI18n()
  const { me } = useSession()
  useDocumentTitle(t('complaints.import.title'))
  const [report, setReport] = useState<ImportReportDto | undefined>()
  const [error, setError] = useState<string | undefined>()
  const [sending, setSending] = useState(false)

  const upload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setSending(true)
    setError(undefined)
    try {
      setReport(await postForm<ImportReportDto>(`${COMPLAINTS_PATH}/import`, new FormData(event.currentTarget), language, me?.csrfToken))
    } catch (caught) {
      setError(errorText(caught, language, t('complaints.error')))
    } finally {
      setSending(false)
    }
  }

  return (
    <div className="container complaints">
      <p><Link to="/complaints">{t('complaints.detail.back')}</Link></p>
      <h1>{t('complaints.import.title')}</h1>
      <p className="muted">{t('complaints.import.lead')} <a href={`${COMPLAINTS_PATH}/import-template.xlsx`} download>{t('complaints.import.template')}</a></p>
      <form className="complaints__form card" onSubmit={(e) => void upload(e)}>
        <label>{t('complaints.import.file')}<input type="file" name="file" required accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" /></label>
        <div><button type="submit" className="button button--primary" disabled={sending}>{t('complaints.import.upload')}</button></div>
      </form>
      {error && <p className="complaints__error" role="alert">{error}</p>}
      {report && (
        <section className="card" aria-live="polite">
          <p className="complaints__ok">{t('complaints.import.result', { created: report.created, duplicates: report.duplicates, invalid: report.invalid })}</p>
          <table className="complaints__table">
            <thead><tr><th>{t('complaints.import.row')}</th><th>{t('complaints.import.ticket')}</th><th>{t('complaints.import.outcome')}</th><th>{t('complaints.import.problems')}</th></tr></thead>
            <tbody>
              {report.rows.map((r) => (
                <tr key={r.row}>
                  <td>{r.row}</td>
                  <td>{r.complaintId ? <Link to={`/complaints/${r.complaintId}`}>{r.ticket}</Link> : r.ticket ?? '—'}</td>
                  <td>{tMaybe(`complaints.import.${r.status}`) ?? r.status}</td>
                  <td>{r.problems.map((p) => `${p.column}: ${p.message ?? p.code}`).join('；')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  )
}
