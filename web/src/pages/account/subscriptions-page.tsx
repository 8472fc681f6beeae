/**
 * Webhook subscriptions, `/account/subscriptions`: create one (the signing secret is shown once), see the
 * delivery log of each, send a test ping, deactivate.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { getJson } from '../../api'
import { useDocumentTitle } from '../../components/use-document-title'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'
import { useSession } from '../../session'
import { errorText, send } from './account-api'
import type { DeliveryDto, SubscriptionDto } from '../complaints/complaint-api'
import '../complaints/complaints.css'

const PATH = '/api/v1/subscriptions'

export function SubscriptionsPage() {
  const { t, language } = useI18n()
  const { me } = useSession()
  useDocumentTitle(t('complaints.subs.title'))
  const [subs, setSubs] = useState<SubscriptionDto[]>([])
  const [secret, setSecret] = useState<string | undefined>()
  const [message, setMessage] = useState<string | undefined>()
  const [error, setError] = useState<string | undefined>()
  const [log, setLog] = useState<{ id: string; deliveries: DeliveryDto[] } | undefined>()
  const fail = (caught: unknown) => setError(errorText(caught, language, t('complaints.error')))

  const load = useCallback(async () => {
    try {
      setSubs((await getJson<{ subscriptions: SubscriptionDto[] }>(PATH, language)).subscriptions)
    } catch (caught) {
      setError(errorText(caught, language, t('complaints.error')))
    }
  }, [language, t])
  useEffect(() => { if (me?.credential === 'session') void load() }, [load, me])

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const element = event.currentTarget
    const form = new FormData(element)
    const types = String(form.get('types') ?? '').split(/[,，\s]+/).filter(Boolean)
    setError(undefined)
    try {
      const created = await send<{ secret: string }>('POST', PATH, language, { url: String(form.get('url') ?? ''), types, description: String(form.get('description') ?? '') }, me?.csrfToken)
      setSecret(created.secret)
      element.reset()
      await load()
    } catch (caught) {
      fail(caught)
    }
  }
  const deactivate = async (id: string) => {
    await send('DELETE', `${PATH}/${id}`, language, undefined, me?.csrfToken).catch(fail)
    await load()
  }
  const test = async (id: string) => {
    setMessage(undefined)
    await send('POST', `${PATH}/${id}/test`, language, undefined, me?.csrfToken).then(() => setMessage(t('complaints.subs.testQueued')), fail)
  }
  const showLog = async (id: string) => {
    await getJson<{ deliveries: DeliveryDto[] }>(`${PATH}/${id}/deliveries`, language).then((r) => setLog({ id, deliveries: r.deliveries }), fail)
  }

  return (
    <div className="container container--narrow complaints">
      <h1>{t('complaints.subs.title')}</h1>
      <p className="muted">{t('complaints.subs.lead')}</p>
      {error && <p className="complaints__error" role="alert">{error}</p>}
      {message && <p className="complaints__ok" role="status">{message}</p>}
      {secret && <div className="card" role="status"><p>{t('complaints.subs.secret')}</p><p className="complaints__secret">{secret}</p></div>}
      <form className="complaints__form card" onSubmit={(e) => void create(e)}>
        <label>{t('complaints.subs.url')}<input name="url" type="url" required maxLength={2000} placeholder="https://erp.example.com/zhuisu" /></label>
        <label>{t('complaints.subs.types')}<input name="types" required defaultValue="recall.*" /></label>
        <label>{t('complaints.subs.description')}<input name="description" maxLength={200} /></label>
        <div><button type="submit" className="button button--primary">{t('complaints.subs.create')}</button></div>
      </form>
      <section className="card">
        {subs.length === 0 ? <p className="muted">{t('complaints.subs.none')}</p> : (
          <ul className="complaints__history">
            {subs.map((s) => (
              <li key={s.id}>
                <strong>{s.url}</strong> · {s.types.join(', ')} · {s.active ? t('complaints.subs.active') : t('complaints.subs.inactive')}
                {s.description && <div className="muted">{s.description}</div>}
                <div className="complaints__pager">
                  <button type="button" className="button" onClick={() => void showLog(s.id)}>{t('complaints.subs.deliveries')}</button>
                  {s.active && <button type="button" className="button" onClick={() => void test(s.id)}>{t('complaints.subs.test')}</button>}
                  {s.active && <button type="button" className="button" onClick={() => void deactivate(s.id)}>{t('complaints.subs.deactivate')}</button>}
                </div>
                {log?.id === s.id && (
                  log.deliveries.length === 0 ? <p className="muted">{t('complaints.subs.noDeliveries')}</p> : (
                    <ul>
                      {log.deliveries.map((d) => (
                        <li key={d.id}>
                          {formatTime(d.createdAt)} · {d.type} · {d.state}{d.nextAttemptAt ? ` · ${t('complaints.subs.nextRetry')} ${formatTime(d.nextAttemptAt)}` : ''}
                          <ul>{(d.log ?? []).map((a) => <li key={a.id}>{t('complaints.subs.attempt', { n: a.attempt })} · {formatTime(a.at)} · {a.statusCode ?? '—'} · {a.durationMs} ms{a.error ? ` · ${a.error}` : ''}</li>)}</ul>
                        </li>
                      ))}
                    </ul>
                  )
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
