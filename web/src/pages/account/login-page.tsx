/** Sign in, `/account/login`: username and password; the session lives in an HttpOnly cookie. */
import { useState, type FormEvent } from 'react'
import { useDocumentTitle } from '../../components/use-document-title'
import { useI18n } from '../../i18n'
import { useApi } from '../../use-api'
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

  const useDemo = (account: DemoAccount) => {
    setUsername(account.username)
    setPassword(account.password)
    setError(undefined)
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
      <DemoAccounts onUse={useDemo} />
    </div>
  )
}

interface DemoAccount { username: string; password: string; role: string; organisationName: string; description: { zh: string; en: string } }

/** The demo data's public sign-ins (only when the server made them): one click fills the form. */
function DemoAccounts({ onUse }: { onUse: (account: DemoAccount) => void }) {
  const { t, language } = useI18n()
  const [state] = useApi<{ accounts: DemoAccount[] }>('/api/v1/auth/demo-accounts')
  if (state.status !== 'ready' || state.data.accounts.length === 0) return null
  return (
    <section className="card demo-accounts" aria-labelledby="demo-accounts-title">
      <h2 id="demo-accounts-title" className="demo-accounts__title">{t('account.demo.title')}</h2>
      <p className="account-note">{t('account.demo.lead', { password: state.data.accounts[0].password })}</p>
      <ul className="demo-accounts__list">
        {state.data.accounts.map((account) => (
          <li key={account.username} className="demo-accounts__item">
            <span className="demo-accounts__who">
              <strong>{account.organisationName}</strong>
              <span>{language === 'en' ? account.description.en : account.description.zh}</span>
              <code>{account.username}</code>
            </span>
            <button type="button" className="button" onClick={() => onUse(account)}>{t('account.demo.use')}</button>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** `?next=/tasks`: where a page that asked for sign-in sends the visitor back to; only paths of this site. */
function nextPath(): string | undefined {
  const next = new URLSearchParams(window.location.search).get('next')
  return next && next.startsWith('/') && !next.startsWith('//') ? next : undefined
}
