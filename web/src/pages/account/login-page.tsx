/** Sign in, `/account/login`: username and password; the session lives in an HttpOnly cookie. */
import { useState, type FormEvent } from 'react'
import { useDocumentTitle } from '../../components/use-document-title'
import { useI18n } from '../../i18n'
import { landingPath } from '../../components/nav-items'
import { Link, navigate } from '../../router'
import { audiencesOf, refreshSession, type Me } from '../../session'
import { errorText, send } from './account-api'
import '../spreadsheets/sheets.css'
import './account.css'

export function LoginPage() {
  const { t, language } = useI18n()
  useDocumentTitle(t('account.login.title'))
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      // send() fetches the CSRF token of a session the browser may still hold; without one none is needed.
      const { me } = await send<{ me: Me }>('POST', '/api/v1/auth/login', language, { username, password })
      refreshSession()
      navigate(nextPath() ?? landingPath(audiencesOf(me)))
    } catch (caught) {
      setError(errorText(caught, language, t('account.error.network')))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="container container--narrow sheets">
      <h1 className="sheets__title">{t('account.login.title')}</h1>
      <p className="sheets__lead">{t('account.login.lead')}</p>
      <section className="card">
        <form className="sheet-form" onSubmit={submit}>
          <label className="sheet-form__field">
            <span>{t('account.username')}</span>
            <input name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} />
          </label>
          <label className="sheet-form__field">
            <span>{t('account.password')}</span>
            <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </label>
          {error && <p className="account-error" role="alert">{error}</p>}
          <button type="submit" className="button button--primary" disabled={busy}>{t('account.login.submit')}</button>
        </form>
        <p className="account-note">{t('account.login.noAccount')} <Link to="/account/register">{t('account.register.title')}</Link></p>
      </section>
    </div>
  )
}

/** `?next=/tasks`: where a page that asked for sign-in sends the visitor back to; only paths of this site. */
function nextPath(): string | undefined {
  const next = new URLSearchParams(window.location.search).get('next')
  return next && next.startsWith('/') && !next.startsWith('//') ? next : undefined
}
