/** Any path the web app has no page for yet (the server also hands it /trace, /standards, /about). */
import { useDocumentTitle } from '../../components/use-document-title'
import { useI18n } from '../../i18n'
import { Link } from '../../router'

export function NotFoundPage() {
  const { t } = useI18n()
  useDocumentTitle(t('notFound.title'))
  return (
    <div className="container container--narrow">
      <section className="state state--notice" aria-labelledby="not-found-title">
        <h1 id="not-found-title" className="state__title">{t('notFound.title')}</h1>
        <p>{t('notFound.body')}</p>
        <p><Link to="/" className="button button--primary">{t('notFound.home')}</Link></p>
      </section>
    </div>
  )
}
