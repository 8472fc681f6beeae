/**
 * The frame of every page: skip link, header with the platform name, navigation and language switch, main,
 * footer. Below 640 px the navigation folds behind a menu button (a disclosure: aria-expanded, Escape closes
 * it, a navigation closes it), so the header stays one row on a phone.
 */
import { useEffect, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react'
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

const MENU_ID = 'site-nav'

function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg className="menu-button__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d={open ? 'M6 6l12 12M18 6L6 18' : 'M4 7h16M4 12h16M4 17h16'} stroke="currentColor" strokeWidth="2" strokeLinecap="round" fill="none" />
    </svg>
  )
}

export function Layout({ children, mainRef }: { children: ReactNode; mainRef: RefObject<HTMLElement | null> }) {
  const { t } = useI18n()
  const path = usePath()
  const { audiences } = useSession()
  const work = visibleItems('work', audiences.filter((a) => a !== 'public'))
  const [menuOpen, setMenuOpen] = useState(false)
  useEffect(() => setMenuOpen(false), [path])
  const closeOnEscape = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || !menuOpen) return
    setMenuOpen(false)
    document.getElementById(`${MENU_ID}-button`)?.focus()
  }
  return (
    <div className="page">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="site-header" onKeyDown={closeOnEscape}>
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true">溯</span>
            <span className="brand__text">
              <span className="brand__name">{t('app.name')} <span lang="en">{t('app.nameLatin')}</span></span>
              <span className="brand__tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <div className="site-header__end">
            {/* Before the navigation it opens, so that Tab goes from the button into the menu. Phone only (styles.css). */}
            <button type="button" id={`${MENU_ID}-button`} className="menu-button" aria-expanded={menuOpen} aria-controls={MENU_ID} aria-label={t('nav.menu')}
              onClick={() => setMenuOpen((open) => !open)}>
              <MenuIcon open={menuOpen} />
            </button>
            <nav id={MENU_ID} aria-label={t('nav.main')} className={menuOpen ? 'site-nav site-nav--open' : 'site-nav'}>
              {visibleItems('main', audiences).map((item) => (
                <Link key={item.to} to={item.to} className="site-nav__link" aria-current={isCurrent(item, path) ? 'page' : undefined}>{t(item.label)}</Link>
              ))}
              <a href="/docs" className="site-nav__link">{t('nav.docs')}</a>
            </nav>
            <LanguageSwitch />
          </div>
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
