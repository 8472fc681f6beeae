/** The home page: the code box, sample codes, the open statistics and the way to the API docs. */
import { CodeEntry } from '../../components/code-entry'
import { useDocumentTitle } from '../../components/use-document-title'
import { useI18n } from '../../i18n'
import { SampleList } from './sample-list'
import { StatsPanel } from './stats-panel'

export function HomePage() {
  const { t } = useI18n()
  useDocumentTitle()
  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-title">
        <div className="hero__inner">
          <h1 id="home-title" className="hero__title">{t('home.title')}</h1>
          <p className="hero__lead">{t('home.lead')}</p>
          <CodeEntry autoFocus />
        </div>
      </section>
      <div className="container home__sections">
        <SampleList />
        <StatsPanel />
        <section className="card home__developers" aria-labelledby="developers-title">
          <h2 id="developers-title" className="card__title">{t('home.developers.title')}</h2>
          <p className="card__lead">{t('home.developers.lead')}</p>
          <p>
            <a className="button" href="/docs">{t('home.developers.link')}</a>
          </p>
        </section>
      </div>
    </div>
  )
}
