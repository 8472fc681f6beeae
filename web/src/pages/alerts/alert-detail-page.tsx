/** `/alerts/{id}`: one alert, its evidence (events, linked to the query page and the trace explorer), history and actions. */
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { getJson } from '../../api'
import { useDocumentTitle } from '../../components/use-document-title'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'
import { Link } from '../../router'
import { useSession } from '../../session'
import { errorText } from '../account/account-api'
import { ALERTS_PATH, writeJson, type AlertDetailDto } from './alerts-api'
import './alerts.css'

/** A party by its name when the rule recorded it, a lot or item by its code; the row id only as a last resort. */
function subjectName(a: AlertDetailDto['alert']): string {
  if (typeof a.data.partyName === 'string' && a.data.partyName) return a.data.partyName
  return a.subject.kind === 'unit' ? a.subjectKey : a.subject.id
}

export function AlertDetailPage({ id }: { id: string }) {
  const { t, language } = useI18n()
  const { me } = useSession()
  useDocumentTitle(t('alerts.detail.title'))
  const [detail, setDetail] = useState<AlertDetailDto | undefined>()
  const [error, setError] = useState<string | undefined>()
  const [saved, setSaved] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    try {
      setDetail(await getJson(`${ALERTS_PATH}/${encodeURIComponent(id)}`, language))
    } catch (caught) {
      setError(errorText(caught, language, t('alerts.error')))
    }
  }, [id, language, t])
  useEffect(() => { void load() }, [load])

  const move = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null
    const to = submitter?.value ?? ''
    setBusy(true)
    try {
      setDetail(await writeJson('POST', `${ALERTS_PATH}/${encodeURIComponent(id)}/transitions`, language, { to, note: String(form.get('note') ?? '') || undefined }, me?.csrfToken))
      setSaved(t('alerts.detail.saved', { status: t(`alerts.status.${to}` as never) }))
      setError(undefined)
    } catch (caught) {
      setError(errorText(caught, language, t('alerts.error')))
      setSaved(undefined)
    } finally {
      setBusy(false)
    }
  }

  if (!detail) return <div className="container container--narrow"><h1>{t('alerts.detail.title')}</h1>{error ? <p className="alerts__error" role="alert">{error}</p> : <p className="muted">{t('alerts.loading')}</p>}</div>
  const a = detail.alert
  return (
    <div className="container alerts">
      <p><Link to="/alerts">← {t('alerts.title')}</Link></p>
      <h1>{t(`alerts.rule.${a.rule}` as never)}</h1>
      <section className="card alerts__summary">
        <p className="alerts__message">{language === 'en' ? a.message.en : a.message.zh}</p>
        <dl className="alerts__facts">
          <dt>{t('alerts.col.severity')}</dt><dd><span className={`alerts__severity alerts__severity--${a.severity}`}>{t(`alerts.severity.${a.severity}` as never)}</span></dd>
          <dt>{t('alerts.col.status')}</dt><dd>{t(`alerts.status.${a.status}` as never)}</dd>
          <dt>{t('alerts.col.region')}</dt><dd>{a.regionCode ?? '—'}</dd>
          <dt>{t('alerts.col.created')}</dt><dd>{formatTime(a.createdAt)}</dd>
          <dt>{t('alerts.col.subject')}</dt><dd>{t(`alerts.subject.${a.subject.kind}` as never)} {subjectName(a)}</dd>
          {a.thresholds && <><dt>{t('alerts.col.thresholds')}</dt><dd>{Object.entries(a.thresholds.parameters).map(([k, v]) => `${t(`alerts.param.${k}` as never)}: ${v}`).join('; ') || '—'} ({a.thresholds.source ?? t('alerts.thresholds.default')})</dd></>}
        </dl>
      </section>
      <section className="card">
        <h2>{t('alerts.detail.evidence', { count: a.evidenceCount })}</h2>
        {a.evidence.length === 0 ? <p className="muted">{t('alerts.detail.noEvidence')}</p> : (
          <ul className="alerts__evidence">
            {a.evidence.map((e) => (
              <li key={e.id}>
                <span>{e.eventTime ? formatTime(e.eventTime) : '—'}</span>
                {e.eventId && <code className="alerts__code">{e.eventId}</code>}
                {e.unitKey && <span><Link to={`/q/${encodeURIComponent(e.unitKey)}`}>{t('alerts.detail.query')}</Link> · <Link to={`/explorer?code=${encodeURIComponent(e.unitKey)}`}>{t('alerts.detail.trace')}</Link></span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      {a.nextStatuses.length > 0 && (
        <form className="card alerts__actions" onSubmit={move}>
          <h2>{t('alerts.detail.handle')}</h2>
          <label>{t('alerts.detail.note')}<textarea name="note" rows={3} maxLength={2000} /></label>
          <div className="alerts__buttons">
            {a.nextStatuses.map((s) => <button key={s} type="submit" name="to" value={s} className={s === 'resolved' ? 'button button--primary' : 'button'} disabled={busy}>{t(`alerts.action.${s}` as never)}</button>)}
          </div>
        </form>
      )}
      <p role="status" className="alerts__saved">{saved}</p>
      {error && <p className="alerts__error" role="alert">{error}</p>}
      <section className="card">
        <h2>{t('alerts.detail.history')}</h2>
        <ol className="alerts__history">
          {detail.history.map((h) => <li key={h.id}>{formatTime(h.at)} · {t(`alerts.status.${h.to}` as never)}{h.actor ? ` · ${h.actor}` : ''}{h.note ? ` — ${h.note}` : ''}</li>)}
        </ol>
      </section>
    </div>
  )
}
