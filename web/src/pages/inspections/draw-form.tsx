/** The new-draw form: scope, number of targets, the public seed (or none: generated), the inspector list. */
import { useState, type FormEvent } from 'react'
import { useI18n } from '../../i18n'
import { errorText, send, type Draw } from '../credit/credit-api'

const EMPTY = { title: '', regionCode: '', partyKinds: '', targetCount: '5', seed: '', inspectors: '', perTarget: '2' }
const list = (text: string) => text.split(/[\n,，、]/).map((s) => s.trim()).filter(Boolean)

export function DrawForm({ onDrawn }: { onDrawn: (id: string) => void }) {
  const { t, language } = useI18n()
  const [form, setForm] = useState(EMPTY)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const set = (name: keyof typeof EMPTY, value: string) => setForm({ ...form, [name]: value })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      const draw = await send<Draw>('POST', '/api/v1/inspection-draws', language, {
        title: form.title, targetCount: Number(form.targetCount), perTarget: Number(form.perTarget), inspectors: list(form.inspectors),
        ...(form.regionCode.trim() ? { regionCode: form.regionCode.trim() } : {}),
        ...(form.partyKinds.trim() ? { partyKinds: list(form.partyKinds) } : {}),
        ...(form.seed.trim() ? { seed: form.seed.trim() } : {}),
      })
      onDrawn(draw.id)
    } catch (failure) {
      setError(errorText(failure, language, t('credit.failed')))
      setBusy(false)
    }
  }

  return (
    <section className="card" aria-labelledby="draw-form-title">
      <h2 id="draw-form-title" className="card__title">{t('credit.draw.new')}</h2>
      <form className="credit-form" onSubmit={submit}>
        <label className="credit-field" style={{ flexBasis: '100%' }}>
          <span>{t('credit.draw.name')}</span>
          <input required maxLength={200} value={form.title} onChange={(e) => set('title', e.target.value)} />
        </label>
        <label className="credit-field">
          <span>{t('credit.draw.regionCode')}</span>
          <input inputMode="numeric" pattern="\d{6}" placeholder="441400" value={form.regionCode} onChange={(e) => set('regionCode', e.target.value)} />
        </label>
        <label className="credit-field">
          <span>{t('credit.draw.partyKinds')}</span>
          <input placeholder="manufacturer, supermarket" value={form.partyKinds} onChange={(e) => set('partyKinds', e.target.value)} />
        </label>
        <label className="credit-field">
          <span>{t('credit.draw.targetCount')}</span>
          <input type="number" required min={1} max={500} value={form.targetCount} onChange={(e) => set('targetCount', e.target.value)} />
        </label>
        <label className="credit-field">
          <span>{t('credit.draw.perTarget')}</span>
          <input type="number" required min={1} max={5} value={form.perTarget} onChange={(e) => set('perTarget', e.target.value)} />
        </label>
        <label className="credit-field" style={{ flexBasis: '100%' }}>
          <span>{t('credit.draw.seed')}</span>
          <input maxLength={200} placeholder={t('credit.draw.seedPlaceholder')} value={form.seed} onChange={(e) => set('seed', e.target.value)} />
        </label>
        <label className="credit-field" style={{ flexBasis: '100%' }}>
          <span>{t('credit.draw.inspectors')}</span>
          <textarea required placeholder={t('credit.draw.inspectorsPlaceholder')} value={form.inspectors} onChange={(e) => set('inspectors', e.target.value)} />
        </label>
        <button type="submit" className="button button--primary" disabled={busy}>{t('credit.draw.submit')}</button>
      </form>
      {error && <p className="credit-message credit-message--error" role="alert">{error}</p>}
    </section>
  )
}
