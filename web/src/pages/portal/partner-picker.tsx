/**
 * The trading-partner picker: known partners (from custody) first, then registered parties found by
 * name or 统一社会信用代码 (GET /api/v1/portal/partner-search, from two characters, debounced).
 */
import { useEffect, useId, useState } from 'react'
import { getJson } from '../../api'
import { useI18n } from '../../i18n'
import { partnerSearchPath, type PartnerHit } from './portal-api'

const SEARCH_DELAY_MS = 250
const MIN_SEARCH = 2

export function PartnerPicker({ label, known, value, onChange }: { label: string; known: PartnerHit[]; value?: PartnerHit; onChange: (partner?: PartnerHit) => void }) {
  const { t, language } = useI18n()
  const id = useId()
  const [text, setText] = useState('')
  const [found, setFound] = useState<PartnerHit[]>([])
  const [searching, setSearching] = useState(false)

  useEffect(() => {
    if (text.trim().length < MIN_SEARCH) {
      setFound([])
      return
    }
    const controller = new AbortController()
    const timer = window.setTimeout(() => {
      setSearching(true)
      getJson<{ parties: PartnerHit[] }>(partnerSearchPath(text.trim()), language, controller.signal)
        .then((reply) => setFound(reply.parties), () => setFound([]))
        .finally(() => { if (!controller.signal.aborted) setSearching(false) })
    }, SEARCH_DELAY_MS)
    return () => { controller.abort(); window.clearTimeout(timer) }
  }, [text, language])

  const lower = text.trim().toLowerCase()
  const knownMatches = known.filter((p) => !lower || p.name.toLowerCase().includes(lower) || p.uscc?.toLowerCase().includes(lower))
  const options = [...knownMatches, ...found.filter((f) => !knownMatches.some((k) => k.id === f.id))].slice(0, 8)

  if (value) {
    return (
      <div className="portal-partner">
        <span className="portal-partner__label">{label}</span>
        <div className="portal-partner__chosen" data-testid="partner-chosen">
          <span>{value.name}{value.uscc && <small> {value.uscc}</small>}</span>
          <button type="button" className="button button--quiet" onClick={() => onChange(undefined)}>{t('portal.partner.change')}</button>
        </div>
      </div>
    )
  }
  return (
    <div className="portal-partner">
      <label htmlFor={id} className="portal-partner__label">{label}</label>
      <input id={id} name="partner" type="search" value={text} placeholder={t('portal.partner.placeholder')} autoComplete="off" onChange={(e) => setText(e.target.value)} />
      <ul className="portal-partner__options" aria-label={t('portal.partner.options')} aria-busy={searching}>
        {options.map((p) => (
          <li key={p.id}><button type="button" className="portal-partner__option" onClick={() => { onChange(p); setText('') }}>{p.name}{p.uscc && <small> {p.uscc}</small>}</button></li>
        ))}
        {options.length === 0 && lower.length >= MIN_SEARCH && !searching && <li className="portal-muted">{t('portal.partner.none')}</li>}
      </ul>
    </div>
  )
}
