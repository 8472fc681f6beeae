/** The frame of every page: skip link, header with the platform name and language switch, main, footer. */
import type { ReactNode, RefObject } from 'react'
import { useI18n } from '../i18n'
import { Link, usePath } from '../router'
import { useSession } from '../session'
import { isCurrent, visibleItems } from './nav-items'

function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n()
  const next = language === 'en' ? 'zh-CN' : 'en'
  return (
    <button type="button" className="lang-switch" lang={next} aria-label={t('lang.switchToLabel')} onClick={() => setLanguage(next)}>
      <span aria-hidden="true" className="lang-switch__icon">文A</span>
      {t('lang.switchTo')}
    </button>
  )
}

export function Layout({ children, mainRef }: { children: ReactNode; mainRef: RefObject<HTMLElement | null> }) {
  const { t } = useI18n()
  const path = usePath()
  const { audiences } = useSession()
  const work = visibleItems('work', audiences.filter((a) => a !== 'public'))
  return (
    <div className="page">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true">溯</span>
            <span className="brand__text">
              <span className="brand__name">{t('app.name')} <span lang="en">{t('app.nameLatin')}</span></span>
              <span className="brand__tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <nav aria-label={t('nav.main')} className="site-nav">
            {visibleItems('main', audiences).map((item) => (
              <Link key={item.to} to={item.to} className="site-nav__link" aria-current={isCurrent(item, path) ? 'page' : undefined}>{t(item.label)}</Link>
            ))}
            <a href="/docs" className="site-nav__link">{t('nav.docs')}</a>
            <LanguageSwitch />
          </nav>
        </div>
      </header>
      {work.length > 0 && (
        <nav aria-label={t('nav.work')} className="work-nav">
          <div className="work-nav__inner">
            {work.map((item) => (
              <Link key={item.to} to={item.to} className="work-nav__link" aria-current={isCurrent(item, path) ? 'page' : undefined}>{t(item.label)}</Link>
            ))}
          </div>
        </nav>
      )}
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p className="site-footer__motto">{t('footer.motto')}</p>
        <p>{t('footer.note')}</p>
        <p>
          <a href="/docs">{t('nav.docs')}</a> · {t('footer.openSource')}
        </p>
      </footer>
    </div>
  )
}
