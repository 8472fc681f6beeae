/**
 * API keys, `/account/api-keys`: the organisation's keys with when each was last used; create one (its
 * secret is shown once, with a copy button) and revoke. Also where a signed-in user signs out.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { getJson } from '../../api'
import { useDocumentTitle } from '../../components/use-document-title'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'
import { Link, navigate } from '../../router'
import { refreshSession } from '../../session'
import { API_KEYS_PATH, errorText, getMe, send, type ApiKey, type Me } from './account-api'
import '../spreadsheets/sheets.css'
import './account.css'

export function ApiKeysPage() {
  const { t, language } = useI18n()
  useDocumentTitle(t('account.keys.title'))
  const [me, setMe] = useState<Me | undefined>()
  const [keys, setKeys] = useState<ApiKey[]>([])
  const [name, setName] = useState('')
  const [captureOnly, setCaptureOnly] = useState(false)
  const [secret, setSecret] = useState<string | undefined>()
  const [copied, setCopied] = useState(false)
  const [error, setError] = useState<string | undefined>()

  const load = useCallback(async () => {
    try {
      const who = await getMe(language)
      setMe(who)
      if (who.credential === 'session' && !who.pending) setKeys((await getJson<{ keys: ApiKey[] }>(API_KEYS_PATH, language)).keys)
    } catch (caught) {
      setError(errorText(caught, language, t('account.error.network')))
    }
  }, [language, t])
  useEffect(() => { void load() }, [load])

  const create = async (event: FormEvent) => {
    event.preventDefault()
    setError(undefined)
    try {
      const created = await send<{ secret: string }>('POST', API_KEYS_PATH, language, { name, captureOnly }, me?.csrfToken)
      setSecret(created.secret)
      setCopied(false)
      setName('')
      await load()
    } catch (caught) {
      setError(errorText(caught, language, t('account.error.network')))
    }
  }
  const revoke = async (key: ApiKey) => {
    if (!window.confirm(t('account.keys.revokeConfirm', { name: key.name }))) return
    await send('DELETE', `${API_KEYS_PATH}/${key.id}`, language, undefined, me?.csrfToken).catch((caught: unknown) => setError(errorText(caught, language, t('account.error.network'))))
    await load()
  }
  const copy = async () => {
    if (secret) await navigator.clipboard.writeText(secret).then(() => setCopied(true), () => setCopied(false))
  }
  const logout = async () => {
    await send('POST', '/api/v1/auth/logout', language, undefined, me?.csrfToken)
    refreshSession()
    navigate('/account/login')
  }

  if (me && me.credential !== 'session') {
    return (
      <div className="container container--narrow sheets">
        <h1 className="sheets__title">{t('account.keys.title')}</h1>
        <p className="sheets__lead">{t('account.keys.signInFirst')} <Link to="/account/login">{t('account.login.title')}</Link></p>
      </div>
    )
  }

  return (
    <div className="container container--narrow sheets">
      <h1 className="sheets__title">{t('account.keys.title')}</h1>
      {me && <p className="sheets__lead">{t('account.keys.signedInAs', { user: me.username ?? '', organisation: me.organisationName ?? '' })} <button type="button" className="link-button" onClick={() => void logout()}>{t('account.logout')}</button></p>}
      {me?.pending && <p className="account-note" role="status">{t('account.keys.pending')}</p>}
      {error && <p className="account-error" role="alert">{error}</p>}
      {secret && (
        <section className="card account-secret" aria-labelledby="secret-title">
          <h2 id="secret-title" className="card__title">{t('account.keys.secretTitle')}</h2>
          <p>{t('account.keys.secretOnce')}</p>
          <code className="account-secret__value">{secret}</code>
          <button type="button" className="button button--primary" onClick={() => void copy()}>{copied ? t('account.keys.copied') : t('account.keys.copy')}</button>
        </section>
      )}
      {!me?.pending && (
        <section className="card" aria-labelledby="create-title">
          <h2 id="create-title" className="card__title">{t('account.keys.create')}</h2>
          <form className="sheet-form" onSubmit={create}>
            <label className="sheet-form__field"><span>{t('account.keys.name')}</span><input name="name" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} /></label>
            <label className="account-check"><input type="checkbox" checked={captureOnly} onChange={(e) => setCaptureOnly(e.target.checked)} /> {t('account.keys.captureOnly')}</label>
            <button type="submit" className="button button--primary">{t('account.keys.createSubmit')}</button>
          </form>
        </section>
      )}
      <section className="card" aria-labelledby="list-title">
        <h2 id="list-title" className="card__title">{t('account.keys.list')}</h2>
        {keys.length === 0 ? <p>{t('account.keys.none')}</p> : (
          <ul className="account-keys">
            {keys.map((key) => (
              <li key={key.id} className="account-keys__item">
                <span className="account-keys__name">{key.name}{key.captureOnly ? ` · ${t('account.keys.captureOnlyShort')}` : ''}</span>
                <code>{key.prefix}…</code>
                <span>{t('account.keys.lastUsed')}: {key.lastUsedAt ? formatTime(key.lastUsedAt) : t('account.keys.never')}</span>
                {key.revokedAt
                  ? <span className="account-keys__revoked">{t('account.keys.revoked')}</span>
                  : <button type="button" className="link-button" onClick={() => void revoke(key)}>{t('account.keys.revoke')}</button>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
