/** One complaint for its handler, `/complaints/{id}`: details, photos, history, workflow actions, links. */
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { COMPLAINT_FINDINGS } from '@domain/complaints/workflow'
import { getJson } from '../../api'
import { useDocumentTitle } from '../../components/use-document-title'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'
import { Link } from '../../router'
import { useSession } from '../../session'
import { errorText, send } from '../account/account-api'
import { COMPLAINTS_PATH, statusKey, type ComplaintDetailDto } from './complaint-api'
import './complaints.css'

export function ComplaintDetailPage({ id }: { id: string }) {
  const { t, tMaybe, language } = useI18n()
  const { me } = useSession()
  const [c, setC] = useState<ComplaintDetailDto | undefined>()
  const [error, setError] = useState<string | undefined>()
  const [saved, setSaved] = useState(false)
  const [to, setTo] = useState('')
  useDocumentTitle(c ? c.number : t('complaints.inbox.title'))
  const path = `${COMPLAINTS_PATH}/${encodeURIComponent(id)}`
  const load = useCallback(async () => {
    try {
      const detail = await getJson<ComplaintDetailDto>(path, language)
      setC(detail)
      setTo(detail.allowedNext.find((s) => s !== detail.status) ?? detail.status)
    } catch (caught) {
      setError(errorText(caught, language, t('complaints.error')))
    }
  }, [path, language, t])
  useEffect(() => { void load() }, [load])

  const act = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const element = event.currentTarget
    const form = new FormData(element)
    const body: Record<string, string> = { to }
    for (const key of ['note', 'answer', 'finding', 'assigneeOrganisationId']) {
      const value = String(form.get(key) ?? '').trim()
      if (value) body[key] = value
    }
    setSaved(false)
    setError(undefined)
    try {
      const next = await send<ComplaintDetailDto>('POST', `${path}/transitions`, language, body, me?.csrfToken)
      setC(next)
      setTo(next.allowedNext.find((s) => s !== next.status) ?? next.status)
      setSaved(true)
      element.reset()
    } catch (caught) {
      setError(errorText(caught, language, t('complaints.error')))
    }
  }

  return (
    <div className="container complaints">
      <p><Link to="/complaints">{t('complaints.detail.back')}</Link></p>
      {error && <p className="complaints__error" role="alert">{error}</p>}
      {c && (
        <>
          <h1>{c.number} <span className="complaints__status">{tMaybe(statusKey(c.status)) ?? c.status}</span>{c.overdue && <span className="complaints__badge">{t('complaints.inbox.overdueBadge')}</span>}</h1>
          <dl className="complaints__dl card">
            <dt>{t('complaints.col.received')}</dt><dd>{formatTime(c.createdAt)}</dd>
            <dt>{t('complaints.detail.source')}</dt><dd>{tMaybe(`complaints.detail.source.${c.source}`) ?? c.source}{c.hotlineTicket ? ` · ${c.hotlineTicket}` : ''}</dd>
            <dt>{t('complaints.inbox.code')}</dt><dd>{c.code ?? '—'}</dd>
            <dt>{t('complaints.col.region')}</dt><dd>{c.regionName ?? c.regionCode ?? '—'}{c.category ? ` · ${c.category}` : ''}</dd>
            <dt>{t('complaints.detail.assignee')}</dt><dd>{c.assigneeName ?? t('complaints.detail.operatorQueue')}</dd>
            {c.dueAt && <><dt>{t('complaints.col.due')}</dt><dd>{formatTime(c.dueAt)}</dd></>}
            <dt>{t('complaints.detail.contact')}</dt><dd>{[c.contact.name, c.contact.phone, c.contact.email].filter(Boolean).join(' · ') || '—'}</dd>
            <dt>{t('complaints.col.text')}</dt><dd className="complaints__text">{c.text}</dd>
            {c.answer && <><dt>{t('complaints.status.answer')}</dt><dd className="complaints__text">{c.answer}</dd></>}
            {c.finding && <><dt>{t('complaints.finding.label')}</dt><dd>{tMaybe(`complaints.finding.${c.finding}`) ?? c.finding}</dd></>}
          </dl>
          {(c.links.impact || c.links.recall) && (
            <p>
              {c.links.impact && <Link to={c.links.impact} className="button">{t('complaints.detail.impact')}</Link>}{' '}
              {c.links.recall && <Link to={c.links.recall} className="button">{t('complaints.detail.recall')}</Link>}
            </p>
          )}
          {c.photos.length > 0 && (
            <section className="card">
              <h2 className="card__title">{t('complaints.detail.photos')}</h2>
              <div className="complaints__photos">{c.photos.map((p, i) => <a key={p.id} href={p.url} target="_blank" rel="noreferrer"><img src={p.url} alt={`${t('complaints.detail.photos')} ${i + 1}`} /></a>)}</div>
            </section>
          )}
          {c.allowedNext.length > 0 && (
            <section className="card">
              <h2 className="card__title">{t('complaints.detail.actions')}</h2>
              <form className="complaints__form" onSubmit={(e) => void act(e)}>
                <label>{t('complaints.detail.to')}
                  <select value={to} onChange={(e) => setTo(e.target.value)}>
                    {c.allowedNext.map((s) => <option key={s} value={s}>{tMaybe(statusKey(s)) ?? s}</option>)}
                    {!c.allowedNext.includes(c.status) && c.status !== 'closed' && <option value={c.status}>{t('complaints.detail.addNote')}</option>}
                  </select>
                </label>
                {to === 'assigned' && <label>{t('complaints.detail.assigneeId')}<input name="assigneeOrganisationId" required defaultValue={c.assigneeOrganisationId ?? ''} /></label>}
                {to === 'answered' && <label>{t('complaints.detail.answerText')}<textarea name="answer" required maxLength={2000} /></label>}
                {to === 'answered' && (
                  <label>{t('complaints.finding.label')}
                    <select name="finding" defaultValue="undetermined" aria-describedby="complaint-finding-help">
                      {COMPLAINT_FINDINGS.map((f) => <option key={f} value={f}>{t(`complaints.finding.${f}`)}</option>)}
                    </select>
                    <span id="complaint-finding-help" className="muted">{t('complaints.finding.help')}</span>
                  </label>
                )}
                <label>{t('complaints.detail.note')}<textarea name="note" maxLength={2000} /></label>
                <div><button type="submit" className="button button--primary">{t('complaints.detail.apply')}</button></div>
                {saved && <p className="complaints__ok" role="status">{t('complaints.detail.saved')}</p>}
              </form>
            </section>
          )}
          <section className="card">
            <h2 className="card__title">{t('complaints.status.history')}</h2>
            <ol className="complaints__history">
              {c.history.map((h) => (
                <li key={h.id}>
                  {formatTime(h.at)} · {tMaybe(statusKey(h.status)) ?? h.status}{h.kind === 'note' ? ` · ${t('complaints.detail.addNote')}` : ''}
                  {h.assigneeName && ` → ${h.assigneeName}`}{h.actorName && ` (${h.actorName})`}
                  {h.note && <div className="muted">{h.note}</div>}
                  {h.answer && <div>{h.answer}</div>}
                  {h.finding && <div className="muted">{t('complaints.finding.label')}：{tMaybe(`complaints.finding.${h.finding}`) ?? h.finding}</div>}
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </div>
  )
}
