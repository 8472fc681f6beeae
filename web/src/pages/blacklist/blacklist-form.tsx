/** The regulator's form to put a party on the blacklist (by USCC or party id), with the decision and period. */
import { useState, type FormEvent } from 'react'
import { useI18n, type MessageKey } from '../../i18n'
import { errorText, send, type BlacklistEntry } from '../credit/credit-api'

const FIELDS: { name: 'reason' | 'decisionNo' | 'decisionTitle' | 'authority'; label: MessageKey; required: boolean; long?: boolean }[] = [
  { name: 'decisionNo', label: 'credit.blacklist.decisionNo', required: true },
  { name: 'decisionTitle', label: 'credit.blacklist.decisionTitle', required: true },
  { name: 'authority', label: 'credit.blacklist.authority', required: false },
  { name: 'reason', label: 'credit.blacklist.reason', required: true, long: true },
]

const EMPTY = { party: '', reason: '', decisionNo: '', decisionTitle: '', authority: '', validFrom: '', validTo: '' }

export function BlacklistForm({ onAdded }: { onAdded: (name: string) => void }) {
  const { t, language } = useI18n()
  const [form, setForm] = useState(EMPTY)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const set = (name: keyof typeof EMPTY, value: string) => setForm({ ...form, [name]: value })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    const party = form.party.trim()
    // An 18-character reference is a USCC; anything else a party id.
    const who = party.length === 18 ? { uscc: party } : { partyId: party }
    const { party: _party, authority, ...rest } = form
    try {
      const entry = await send<BlacklistEntry>('POST', '/api/v1/blacklist', language, { ...who, ...rest, ...(authority.trim() ? { authority } : {}) })
      setForm(EMPTY)
      onAdded(entry.partyName)
    } catch (failure) {
      setError(errorText(failure, language, t('credit.failed')))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card" aria-labelledby="blacklist-form-title">
      <h2 id="blacklist-form-title" className="card__title">{t('credit.blacklist.addTitle')}</h2>
      <form className="credit-form" onSubmit={submit}>
        <label className="credit-field">
          <span>{t('credit.blacklist.party')}</span>
          <input required value={form.party} maxLength={64} onChange={(e) => set('party', e.target.value)} />
        </label>
        {FIELDS.map((f) => (
          <label key={f.name} className="credit-field" style={f.long ? { flexBasis: '100%' } : undefined}>
            <span>{t(f.label)}</span>
            {f.long
              ? <textarea required={f.required} value={form[f.name]} maxLength={1000} onChange={(e) => set(f.name, e.target.value)} />
              : <input required={f.required} value={form[f.name]} maxLength={200} onChange={(e) => set(f.name, e.target.value)} />}
          </label>
        ))}
        <label className="credit-field">
          <span>{t('credit.blacklist.validFrom')}</span>
          <input type="date" required value={form.validFrom} onChange={(e) => set('validFrom', e.target.value)} />
        </label>
        <label className="credit-field">
          <span>{t('credit.blacklist.validTo')}</span>
          <input type="date" required value={form.validTo} onChange={(e) => set('validTo', e.target.value)} />
        </label>
        <button type="submit" className="button button--primary" disabled={busy}>{t('credit.blacklist.add')}</button>
      </form>
      {error && <p className="credit-message credit-message--error" role="alert">{error}</p>}
    </section>
  )
}
