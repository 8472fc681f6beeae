/** The complainant's page, `/complaints/{id}?receipt=…`: status, history of statuses and the answer. */
import { useEffect, useState } from 'react'
import { getJson } from '../../api'
import { useDocumentTitle } from '../../components/use-document-title'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'
import { errorText } from '../account/account-api'
import { COMPLAINTS_PATH, statusKey, type ComplaintReceiptDto } from './complaint-api'
import './complaints.css'

export function ComplaintStatusPage({ id, receipt }: { id: string; receipt: string }) {
  const { t, tMaybe, language } = useI18n()
  useDocumentTitle(t('complaints.status.title'))
  const [view, setView] = useState<ComplaintReceiptDto | undefined>()
  const [error, setError] = useState<string | undefined>()
  useEffect(() => {
    getJson<ComplaintReceiptDto>(`${COMPLAINTS_PATH}/${encodeURIComponent(id)}?receipt=${encodeURIComponent(receipt)}`, language)
      .then(setView, (caught: unknown) => setError(errorText(caught, language, t('complaints.error'))))
  }, [id, receipt, language, t])
  return (
    <div className="container container--narrow complaints">
      <h1>{t('complaints.status.title')}</h1>
      {error && <p className="complaints__error" role="alert">{error}</p>}
      {view && (
        <>
          <dl className="complaints__dl card">
            <dt>{t('complaints.status.number')}</dt><dd>{view.number}</dd>
            <dt>{t('complaints.status.current')}</dt><dd><span className="complaints__status">{tMaybe(statusKey(view.status)) ?? view.status}</span></dd>
            {view.dueAt && <><dt>{t('complaints.status.due')}</dt><dd>{formatTime(view.dueAt)}</dd></>}
            <dt>{t('complaints.col.text')}</dt><dd className="complaints__text">{view.text}</dd>
          </dl>
          <section className="card">
            <h2 className="card__title">{t('complaints.status.answer')}</h2>
            <p className="complaints__text">{view.answer ?? t('complaints.status.noAnswer')}</p>
            {view.finding && <p>{t('complaints.finding.label')}：{tMaybe(`complaints.finding.${view.finding}`) ?? view.finding}</p>}
          </section>
          <section className="card">
            <h2 className="card__title">{t('complaints.status.history')}</h2>
            <ol className="complaints__history">
              {view.history.map((h) => <li key={`${h.at}-${h.status}`}>{formatTime(h.at)} · {tMaybe(statusKey(h.status)) ?? h.status}</li>)}
            </ol>
          </section>
        </>
      )}
    </div>
  )
}
