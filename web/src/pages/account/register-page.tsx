/**
 * Enterprise self-registration, `/account/register`: USCC, licence, region and categories, and the first
 * user. The enterprise stays pending until a regulator of its region approves it.
 */
import { useState, type FormEvent } from 'react'
import { useDocumentTitle } from '../../components/use-document-title'
import { useI18n, type MessageKey } from '../../i18n'
import { Link } from '../../router'
import { errorText, send } from './account-api'
import '../spreadsheets/sheets.css'
import './account.css'

const CATEGORIES = ['agri', 'food', 'drug', 'agri_input', 'equipment', 'hazardous', 'rare_earth', 'import'] as const
const PARTY_KINDS = ['manufacturer', 'processor', 'wholesaler', 'retailer', 'supermarket', 'farm', 'pharmacy', 'importer'] as const

interface Form {
  uscc: string
  name: string
  partyKind: string
  regionCode: string
  address: string
  licenceType: string
  licenceNumber: string
  categories: string[]
  username: string
  password: string
}

const EMPTY: Form = { uscc: '', name: '', partyKind: 'manufacturer', regionCode: '', address: '', licenceType: '', licenceNumber: '', categories: [], username: '', password: '' }

export function RegisterPage() {
  const { t, tMaybe, language } = useI18n()
  useDocumentTitle(t('account.register.title'))
  const [form, setForm] = useState<Form>(EMPTY)
  const [error, setError] = useState<string | undefined>()
  const [done, setDone] = useState(false)
  const [busy, setBusy] = useState(false)
  const field = (key: keyof Form) => ({ value: form[key] as string, onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }) })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    const { licenceType, licenceNumber, address, ...rest } = form
    try {
      await send('POST', '/api/v1/registrations', language, {
        ...rest, ...(address ? { address } : {}),
        licences: licenceType && licenceNumber ? [{ type: licenceType, number: licenceNumber }] : [],
      })
      setDone(true)
    } catch (caught) {
      setError(errorText(caught, language, t('account.error.network')))
    } finally {
      setBusy(false)
    }
  }

  if (done) {
    return (
      <div className="container container--narrow sheets">
        <h1 className="sheets__title">{t('account.register.doneTitle')}</h1>
        <p className="sheets__lead" role="status">{t('account.register.done')}</p>
        <p><Link to="/account/login">{t('account.login.title')}</Link></p>
      </div>
    )
  }

  return (
    <div className="container container--narrow sheets">
      <h1 className="sheets__title">{t('account.register.title')}</h1>
      <p className="sheets__lead">{t('account.register.lead')}</p>
      <section className="card">
        <form className="sheet-form" onSubmit={submit}>
          <label className="sheet-form__field"><span>{t('account.register.name')}</span><input name="name" required {...field('name')} /></label>
          <label className="sheet-form__field"><span>{t('account.register.uscc')}</span><input name="uscc" required maxLength={18} {...field('uscc')} /></label>
          <label className="sheet-form__field">
            <span>{t('account.register.kind')}</span>
            <select name="partyKind" {...field('partyKind')}>
              {PARTY_KINDS.map((k) => <option key={k} value={k}>{tMaybe(`account.kind.${k}`) ?? k}</option>)}
            </select>
          </label>
          <label className="sheet-form__field"><span>{t('account.register.region')}</span><input name="regionCode" required pattern="\d{6}" inputMode="numeric" {...field('regionCode')} /></label>
          <label className="sheet-form__field"><span>{t('account.register.address')}</span><input name="address" {...field('address')} /></label>
          <fieldset className="account-categories">
            <legend>{t('account.register.categories')}</legend>
            {CATEGORIES.map((c) => (
              <label key={c}>
                <input type="checkbox" name="categories" value={c} checked={form.categories.includes(c)}
                  onChange={(e) => setForm({ ...form, categories: e.target.checked ? [...form.categories, c] : form.categories.filter((x) => x !== c) })} />
                {t(`category.${c}` as MessageKey)}
              </label>
            ))}
          </fieldset>
          <label className="sheet-form__field"><span>{t('account.register.licenceType')}</span><input name="licenceType" {...field('licenceType')} /></label>
          <label className="sheet-form__field"><span>{t('account.register.licenceNumber')}</span><input name="licenceNumber" {...field('licenceNumber')} /></label>
          <label className="sheet-form__field"><span>{t('account.username')}</span><input name="username" autoComplete="username" required {...field('username')} /></label>
          <label className="sheet-form__field"><span>{t('account.password')}</span><input name="password" type="password" autoComplete="new-password" required minLength={10} {...field('password')} /></label>
          {error && <p className="account-error" role="alert">{error}</p>}
          <button type="submit" className="button button--primary" disabled={busy}>{t('account.register.submit')}</button>
        </form>
      </section>
    </div>
  )
}
