/**
 * "投诉/举报" on the public query page: text, contact and up to 3 photos, sent as multipart; on success
 * the complaint number and the link (with its receipt token) to follow the status.
 */
import { useState, type FormEvent } from 'react'
import { useI18n } from '../../i18n'
import { Link } from '../../router'
import { COMPLAINTS_PATH, postForm, type SubmittedDto } from '../complaints/complaint-api'
import { errorText } from '../account/account-api'
import '../complaints/complaints.css'

export function ComplaintForm({ code }: { code: string }) {
  const { t, language } = useI18n()
  const [open, setOpen] = useState(false)
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const [done, setDone] = useState<SubmittedDto | undefined>()

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const photos = form.getAll('photos').filter((f) => f instanceof File && f.size > 0)
    if (photos.length > 3) return setError(t('complaints.form.tooManyPhotos'))
    form.delete('photos')
    for (const photo of photos) form.append('photos', photo)
    form.set('code', code)
    setSending(true)
    setError(undefined)
    try {
      setDone(await postForm<SubmittedDto>(COMPLAINTS_PATH, form, language))
    } catch (caught) {
      setError(errorText(caught, language, t('complaints.error')))
    } finally {
      setSending(false)
    }
  }

  return (
    <section className="card query__complaint" aria-labelledby="complaint-title">
      <h2 id="complaint-title" className="card__title">
        <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>{t('complaints.form.open')}</button>
      </h2>
      {open && !done && (
        <form className="complaints__form" onSubmit={(e) => void submit(e)}>
          <p className="card__lead">{t('complaints.form.lead')}</p>
          <label>{t('complaints.form.text')}<textarea name="text" required minLength={10} maxLength={2000} /></label>
          <label>{t('complaints.form.name')}<input name="name" maxLength={50} autoComplete="name" /></label>
          <label>{t('complaints.form.phone')}<input name="phone" type="tel" inputMode="tel" maxLength={20} autoComplete="tel" /></label>
          <label>{t('complaints.form.email')}<input name="email" type="email" maxLength={254} autoComplete="email" /></label>
          <label>{t('complaints.form.photos')}<input name="photos" type="file" accept="image/jpeg,image/png,image/webp" multiple /></label>
          {error && <p className="complaints__error" role="alert">{error}</p>}
          <div><button type="submit" className="button button--primary" disabled={sending}>{sending ? t('complaints.form.sending') : t('complaints.form.submit')}</button></div>
        </form>
      )}
      {done && (
        <div role="status">
          <p className="complaints__ok">{t('complaints.form.done', { number: done.number })}</p>
          <p><Link to={`/complaints/${done.id}?receipt=${encodeURIComponent(done.receipt)}`}>{t('complaints.form.statusLink')}</Link></p>
        </div>
      )}
    </section>
  )
}
