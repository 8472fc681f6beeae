/** Every portal page starts here: the context loads, or the visitor is told to sign in as an enterprise. */
import type { ReactNode } from 'react'
import { ApiError } from '../../api'
import { ErrorState, LoadingState } from '../../components/status'
import { useI18n } from '../../i18n'
import { Link, usePath } from '../../router'
import type { PortalContext } from './portal-api'
import { usePortalContext } from './use-portal-context'
import './portal.css'

export function PortalGate({ children }: { children: (context: PortalContext, loadedAt: number, reload: () => void) => ReactNode }) {
  const { t } = useI18n()
  const path = usePath()
  const { state, retry, loadedAt } = usePortalContext()
  if (state.status === 'loading') return <div className="container"><LoadingState label={t('portal.loading')} /></div>
  if (state.status === 'failed') {
    const status = state.error instanceof ApiError ? state.error.status : 0
    if (status === 401) {
      return (
        <div className="container container--narrow">
          <ErrorState title={t('portal.signIn.title')} tone="notice">
            <p>{t('portal.signIn.text')}</p>
            <Link className="button button--primary" to={`/account/login?next=${encodeURIComponent(path)}`}>{t('portal.signIn.action')}</Link>
          </ErrorState>
        </div>
      )
    }
    if (status === 403) return <div className="container container--narrow"><ErrorState title={t('portal.forbidden.title')} tone="notice"><p>{t('portal.forbidden.text')}</p></ErrorState></div>
    return <div className="container container--narrow"><ErrorState title={t('portal.error.load')} onRetry={retry} /></div>
  }
  return <>{children(state.data, loadedAt, retry)}</>
}

export function PortalNav({ current }: { current: string }) {
  const { t } = useI18n()
  const links: [string, 'portal.nav.home' | 'portal.nav.record' | 'portal.nav.partners' | 'portal.nav.masterData'][] = [
    ['/portal', 'portal.nav.home'], ['/portal/record', 'portal.nav.record'], ['/portal/partners', 'portal.nav.partners'], ['/portal/master-data', 'portal.nav.masterData'],
  ]
  return (
    <nav className="portal-tabs" aria-label={t('portal.nav.label')}>
      {links.map(([to, label]) => <Link key={to} to={to} className="portal-tabs__link" aria-current={current === to ? 'page' : undefined}>{t(label)}</Link>)}
    </nav>
  )
}
