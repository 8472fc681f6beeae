/** The regulators' inbox, `/complaints`: filtered, sorted and paged by the server. */
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { getJson } from '../../api'
import { useDocumentTitle } from '../../components/use-document-title'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'
import { Link } from '../../router'
import { useSession } from '../../session'
import { errorText } from '../account/account-api'
import { COMPLAINTS_PATH, statusKey, type ComplaintListDto } from './complaint-api'
import './complaints.css'

const PAGE = 20
const STATUSES = ['received', 'assigned', 'investigating', 'answered', 'closed']

export function ComplaintsInboxPage() {
  const { t, tMaybe, language } = useI18n()
  const { audiences } = useSession()
  useDocumentTitle(t('complaints.inbox.title'))
  const [filters, setFilters] = useState({ status: '', overdue: false, code: '', region: '', sort: 'created_at' })
  const [offset, setOffset] = useState(0)
  const [list, setList] = useState<ComplaintListDto | undefined>()
  const [error, setError] = useState<string | undefined>()
  const may = audiences.includes('regulator') || audiences.includes('operator')

  const load = useCallback(async () => {
    const q = new URLSearchParams({ limit: String(PAGE), offset: String(offset), sort: filters.sort, order: filters.sort === 'due_at' ? 'asc' : 'desc' })
    if (filters.status) q.set('status', filters.status)
    if (filters.overdue) q.set('overdue', 'true')
    if (filters.code.trim()) q.set('code', filters.code.trim())
    if (/^\d{2,6}$/.test(filters.region.trim())) q.set('region', filters.region.trim())
    try {
      setList(await getJson<ComplaintListDto>(`${COMPLAINTS_PATH}?${q}`, language))
      setError(undefined)
    } catch (caught) {
      setError(errorText(caught, language, t('complaints.error')))
    }
  }, [filters, offset, language, t])
  useEffect(() => { if (may) void load() }, [load, may])

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setOffset(0)
    setFilters({ status: String(form.get('status') ?? ''), overdue: form.get('overdue') === 'on', code: String(form.get('code') ?? ''), region: String(form.get('region') ?? ''), sort: String(form.get('sort') ?? 'created_at') })
  }

  if (!may) return <div className="container container--narrow"><h1>{t('complaints.inbox.title')}</h1><p>{t('complaints.inbox.signIn')}</p></div>
  return (
    <div className="container complaints">
      <h1>{t('complaints.inbox.title')}</h1>
      <p className="muted">{t('complaints.inbox.lead')} <Link to="/complaints/import">{t('complaints.inbox.import')}</Link></p>
      <form className="complaints__filters card" onSubmit={apply} aria-label={t('complaints.inbox.filter')}>
        <label>{t('complaints.inbox.status')}
          <select name="status" defaultValue={filters.status}>
            <option value="">{t('complaints.inbox.all')}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{tMaybe(statusKey(s)) ?? s}</option>)}
          </select>
        </label>
        <label>{t('complaints.inbox.code')}<input name="code" defaultValue={filters.code} /></label>
        <label>{t('complaints.inbox.region')}<input name="region" inputMode="numeric" maxLength={6} defaultValue={filters.region} /></label>
        <label>{t('complaints.inbox.sort')}
          <select name="sort" defaultValue={filters.sort}>
            <option value="created_at">{t('complaints.inbox.sortCreated')}</option>
            <option value="due_at">{t('complaints.inbox.sortDue')}</option>
          </select>
        </label>
        <label className="complaints__check"><span><input type="checkbox" name="overdue" defaultChecked={filters.overdue} /> {t('complaints.inbox.overdue')}</span></label>
        <button type="submit" className="button button--primary">{t('complaints.inbox.filter')}</button>
      </form>
      {error && <p className="complaints__error" role="alert">{error}</p>}
      {list && (
        <section className="card" aria-live="polite">
          <p>{t('complaints.inbox.total', { total: list.total })}</p>
          {list.complaints.length === 0 ? <p className="muted">{t('complaints.inbox.empty')}</p> : (
            <table className="complaints__table">
              <thead><tr><th>{t('complaints.col.number')}</th><th>{t('complaints.col.received')}</th><th>{t('complaints.col.text')}</th><th>{t('complaints.col.region')}</th><th>{t('complaints.col.status')}</th><th>{t('complaints.col.due')}</th></tr></thead>
              <tbody>
                {list.complaints.map((c) => (
                  <tr key={c.id}>
                    <td><Link to={`/complaints/${c.id}`}>{c.number}</Link></td>
                    <td>{formatTime(c.createdAt)}</td>
                    <td className="complaints__text">{c.text.length > 80 ? `${c.text.slice(0, 80)}…` : c.text}</td>
                    <td>{c.regionName ?? c.regionCode ?? '—'}</td>
                    <td><span className="complaints__status">{tMaybe(statusKey(c.status)) ?? c.status}</span></td>
                    <td>{c.dueAt ? formatTime(c.dueAt) : '—'}{c.overdue && <span className="complaints__badge">{t('complaints.inbox.overdueBadge')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="complaints__pager">
            <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>{t('complaints.inbox.prev')}</button>
            <button type="button" className="button" disabled={offset + PAGE >= list.total} onClick={() => setOffset(offset + PAGE)}>{t('complaints.inbox.next')}</button>
          </div>
        </section>
      )}
    </div>
  )
}
