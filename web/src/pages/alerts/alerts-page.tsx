/** `/alerts`: the early warnings in the caller's scope, filtered and paged by the server. */
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { getJson } from '../../api'
import { useDocumentTitle } from '../../components/use-document-title'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'
import { Link } from '../../router'
import { useSession } from '../../session'
import { errorText } from '../account/account-api'
import { ALERTS_PATH, RULES, SEVERITIES, STATUSES, type AlertDto } from './alerts-api'
import './alerts.css'

const PAGE = 20

export function AlertsPage() {
  const { t, language } = useI18n()
  const { audiences } = useSession()
  useDocumentTitle(t('alerts.title'))
  const [filters, setFilters] = useState({ rule: '', status: 'open', severity: '', region: '' })
  const [offset, setOffset] = useState(0)
  const [list, setList] = useState<{ alerts: AlertDto[]; total: number } | undefined>()
  const [error, setError] = useState<string | undefined>()
  const may = audiences.some((a) => a === 'regulator' || a === 'operator' || a === 'enterprise')

  const load = useCallback(async () => {
    const q = new URLSearchParams({ limit: String(PAGE), offset: String(offset) })
    if (filters.rule) q.set('rule', filters.rule)
    if (filters.status) q.set('status', filters.status)
    if (filters.severity) q.set('severity', filters.severity)
    if (/^\d{6}$/.test(filters.region.trim())) q.set('regionCode', filters.region.trim())
    try {
      setList(await getJson(`${ALERTS_PATH}?${q}`, language))
      setError(undefined)
    } catch (caught) {
      setError(errorText(caught, language, t('alerts.error')))
    }
  }, [filters, offset, language, t])
  useEffect(() => { if (may) void load() }, [load, may])

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setOffset(0)
    setFilters({ rule: String(form.get('rule') ?? ''), status: String(form.get('status') ?? ''), severity: String(form.get('severity') ?? ''), region: String(form.get('region') ?? '') })
  }

  if (!may) return <div className="container container--narrow"><h1>{t('alerts.title')}</h1><p>{t('alerts.signIn')}</p></div>
  const canConfigure = audiences.includes('regulator') || audiences.includes('operator')
  return (
    <div className="container alerts">
      <h1>{t('alerts.title')}</h1>
      <p className="muted">{t('alerts.lead')} {canConfigure && <Link to="/alerts/thresholds">{t('alerts.thresholds.link')}</Link>}</p>
      <form className="alerts__filters card" onSubmit={apply} aria-label={t('alerts.filter')}>
        <label>{t('alerts.col.rule')}
          <select name="rule" defaultValue={filters.rule}>
            <option value="">{t('alerts.all')}</option>
            {RULES.map((r) => <option key={r} value={r}>{t(`alerts.rule.${r}` as never)}</option>)}
          </select>
        </label>
        <label>{t('alerts.col.status')}
          <select name="status" defaultValue={filters.status}>
            <option value="">{t('alerts.all')}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`alerts.status.${s}` as never)}</option>)}
          </select>
        </label>
        <label>{t('alerts.col.severity')}
          <select name="severity" defaultValue={filters.severity}>
            <option value="">{t('alerts.all')}</option>
            {SEVERITIES.map((s) => <option key={s} value={s}>{t(`alerts.severity.${s}` as never)}</option>)}
          </select>
        </label>
        <label>{t('alerts.col.region')}<input name="region" inputMode="numeric" maxLength={6} placeholder="441400" defaultValue={filters.region} /></label>
        <button type="submit" className="button button--primary">{t('alerts.filter')}</button>
      </form>
      {error && <p className="alerts__error" role="alert">{error}</p>}
      {list && (
        <section className="card" aria-live="polite">
          <p>{t('alerts.total', { total: list.total })}</p>
          {list.alerts.length === 0 ? <p className="muted">{t('alerts.empty')}</p> : (
            <ul className="alerts__list">
              {list.alerts.map((a) => (
                <li key={a.id} className="alerts__item">
                  <span className={`alerts__severity alerts__severity--${a.severity}`}>{t(`alerts.severity.${a.severity}` as never)}</span>
                  <div className="alerts__body">
                    <Link to={`/alerts/${a.id}`} className="alerts__rule">{t(`alerts.rule.${a.rule}` as never)}</Link>
                    <p>{language === 'en' ? a.message.en : a.message.zh}</p>
                    <p className="muted alerts__meta">{formatTime(a.createdAt)} · {a.regionCode ?? '—'} · {t('alerts.evidenceCount', { count: a.evidenceCount })}</p>
                  </div>
                  <span className={`alerts__status alerts__status--${a.status}`}>{t(`alerts.status.${a.status}` as never)}</span>
                </li>
              ))}
            </ul>
          )}
          <div className="alerts__pager">
            <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>{t('alerts.prev')}</button>
            <button type="button" className="button" disabled={offset + PAGE >= list.total} onClick={() => setOffset(offset + PAGE)}>{t('alerts.next')}</button>
          </div>
        </section>
      )}
    </div>
  )
}
