/**
 * `/recalls/new?codes=…` (regulators and enterprises): codes, reason, level and deadline; a preview of how
 * many holders will get a task (from the impact API) before the recall is confirmed.
 */
import { useState, type FormEvent } from 'react'
import { getJson } from '../../api'
import { useDocumentTitle } from '../../components/use-document-title'
import { useI18n } from '../../i18n'
import { navigate } from '../../router'
import { useSession } from '../../session'
import { errorText } from '../account/account-api'
import { codesFromSearch, LEVELS, postRecall, recallPagePath, splitCodes, type Recall } from './recalls-api'
import './recalls.css'

interface ImpactPreview { holders: { party: { id?: string; reference?: string } }[] }

export function NewRecallPage() {
  const { t, language } = useI18n()
  const { me, audiences } = useSession()
  useDocumentTitle(t('recalls.new.title'))
  const [codes, setCodes] = useState(() => codesFromSearch(window.location.search).join('\n'))
  const [reason, setReason] = useState('')
  const [level, setLevel] = useState<string>('I')
  const [deadline, setDeadline] = useState('')
  const [preview, setPreview] = useState<{ codes: string; holders: number } | undefined>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const mayStart = audiences.includes('regulator') || audiences.includes('enterprise')
  const list = splitCodes(codes)
  const previewCurrent = preview !== undefined && preview.codes === list.join('\n')

  const onPreview = async () => {
    setError(undefined)
    setBusy(true)
    try {
      const holders = new Set<string>()
      for (const code of list) {
        const impact = await getJson<ImpactPreview>(`/api/v1/impact/${encodeURIComponent(code)}`, language)
        for (const h of impact.holders) holders.add(h.party.id ?? h.party.reference ?? '')
      }
      setPreview({ codes: list.join('\n'), holders: holders.size })
    } catch (e) {
      setError(errorText(e, language, t('recalls.error')))
    } finally {
      setBusy(false)
    }
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!previewCurrent) return void onPreview()
    setBusy(true)
    setError(undefined)
    try {
      const body = { codes: list, reason, level, ...(deadline ? { deadline: new Date(deadline).toISOString() } : {}) }
      const recall = await postRecall<Recall>('/api/v1/recalls', language, body, me?.csrfToken)
      navigate(recallPagePath(recall.id))
    } catch (e) {
      setError(errorText(e, language, t('recalls.error')))
    } finally {
      setBusy(false)
    }
  }

  if (!mayStart) {
    return <div className="container container--narrow recalls"><h1>{t('recalls.new.title')}</h1><p className="muted">{t('recalls.signInToStart')}</p></div>
  }
  return (
    <div className="container container--narrow recalls">
      <h1 className="recalls__title">{t('recalls.new.title')}</h1>
      <p className="recalls__lead">{t('recalls.new.lead')}</p>
      <form className="card recall-form" onSubmit={onSubmit}>
        <label className="recall-field">
          <span>{t('recalls.new.codes')}</span>
          <textarea name="codes" rows={3} required value={codes} onChange={(e) => setCodes(e.target.value)} />
          <small className="muted">{t('recalls.new.codesHint')}</small>
        </label>
        <label className="recall-field">
          <span>{t('recalls.new.reason')}</span>
          <textarea name="reason" rows={3} required maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <fieldset className="recall-field recall-levels">
          <legend>{t('recalls.new.level')}</legend>
          {LEVELS.map((l) => (
            <label key={l} className="recall-level-option">
              <input type="radio" name="level" value={l} checked={level === l} onChange={() => setLevel(l)} />
              <span><strong>{t(`recalls.level.${l}`)}</strong> <span className="muted">{t(`recalls.levelMeaning.${l}`)}</span></span>
            </label>
          ))}
        </fieldset>
        <label className="recall-field">
          <span>{t('recalls.new.deadline')}</span>
          <input type="datetime-local" name="deadline" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
          <small className="muted">{t('recalls.new.deadlineHint')}</small>
        </label>
        {previewCurrent && <p className="recall-preview" role="status">{t('recalls.new.preview', { holders: preview.holders })}</p>}
        {error && <p className="recall-error" role="alert">{error}</p>}
        <div className="recall-actions">
          <button type="button" className="button" disabled={busy || list.length === 0} onClick={() => void onPreview()}>{t('recalls.new.previewButton')}</button>
          <button type="submit" className="button button--danger" disabled={busy || !previewCurrent || reason.trim() === ''}>{t('recalls.new.confirm')}</button>
        </div>
      </form>
    </div>
  )
}
