/** The web app: routes by path (router.tsx), inside the layout; each page is loaded on first use (lazy-pages.ts). */
import { Component, Suspense, useEffect, useRef, type ReactNode } from 'react'
import { Layout } from './components/layout'
import { ErrorState, LoadingState } from './components/status'
import { I18nProvider, useI18n } from './i18n'
import {
  AlertDetailPage, AlertsPage, AlertThresholdsPage, ApiKeysPage, BlacklistPage, ComplaintDetailPage, ComplaintsImportPage, ComplaintsInboxPage,
  ComplaintStatusPage, ConsolePage, CreditListPage, CreditPartyPage, DrawPage, ExplorerPage, HelpPage, HomePage, ImpactPage, InspectionsPage, LabelsPage,
  LoginPage, MasterDataPage, NewRecallPage, NotFoundPage, OpenDataPage, PartnersPage, PortalHomePage, PublicQueryPage, PublicRecallsPage,
  RecallListPage, RecallPage, RecordPage, RegisterPage, SpreadsheetsPage, StandardsPage, SubscriptionsPage, TasksPage,
} from './lazy-pages'
import { consoleSectionFromPath } from './pages/console/console-sections'
import { recordStepFromPath } from './pages/portal/record-path'
import { recallIdFromPath } from './pages/recalls/recalls-api'
import { standardsCategoryFromPath } from './pages/standards/types'
import { codeFromPath, usePath } from './router'
import { SessionProvider } from './session'

function Page({ path }: { path: string }) {
  if (path === '/') return <HomePage />
  if (path === '/spreadsheets') return <SpreadsheetsPage />
  if (path === '/labels') return <LabelsPage />
  if (path === '/explorer') return <ExplorerPage />
  if (path === '/impact') return <ImpactPage />
  if (path === '/recalls') return <PublicRecallsPage />
  if (path === '/recalls/new') return <NewRecallPage />
  if (path === '/recalls/mine') return <RecallListPage />
  if (path === '/tasks') return <TasksPage />
  const recallId = recallIdFromPath(path)
  if (recallId !== undefined) return <RecallPage key={recallId} id={recallId} />
  const consoleSection = consoleSectionFromPath(path)
  if (consoleSection !== undefined) return <ConsolePage section={consoleSection} />
  if (path === '/open-data') return <OpenDataPage />
  if (path === '/help') return <HelpPage />
  if (path === '/portal') return <PortalHomePage />
  if (path === '/portal/partners') return <PartnersPage />
  if (path === '/portal/master-data') return <MasterDataPage />
  const recordStep = recordStepFromPath(path)
  if (recordStep !== undefined) return <RecordPage key={recordStep} stepKey={recordStep} />
  if (path === '/credit') return <CreditListPage />
  if (path.startsWith('/credit/')) return <CreditPartyPage key={path} partyId={decodeURIComponent(path.slice('/credit/'.length))} />
  if (path === '/alerts') return <AlertsPage />
  if (path === '/alerts/thresholds') return <AlertThresholdsPage />
  if (path.startsWith('/alerts/')) return <AlertDetailPage key={path} id={decodeURIComponent(path.slice('/alerts/'.length))} />
  if (path === '/blacklist') return <BlacklistPage />
  if (path === '/inspections') return <InspectionsPage />
  if (path.startsWith('/inspections/')) return <DrawPage key={path} drawId={decodeURIComponent(path.slice('/inspections/'.length))} />
  const standardsCategory = standardsCategoryFromPath(path)
  if (standardsCategory !== undefined) return <StandardsPage category={standardsCategory} />
  if (path === '/account/login') return <LoginPage />
  if (path === '/account/register') return <RegisterPage />
  if (path === '/account/api-keys') return <ApiKeysPage />
  if (path === '/account/subscriptions') return <SubscriptionsPage />
  if (path === '/complaints') return <ComplaintsInboxPage />
  if (path === '/complaints/import') return <ComplaintsImportPage />
  if (path.startsWith('/complaints/')) {
    const id = decodeURIComponent(path.slice('/complaints/'.length))
    const receipt = new URLSearchParams(window.location.search).get('receipt')
    return receipt ? <ComplaintStatusPage key={path} id={id} receipt={receipt} /> : <ComplaintDetailPage key={path} id={id} />
  }
  const code = codeFromPath(path)
  // key: a new code is a new page, with its own loading state.
  if (code !== undefined) return <PublicQueryPage key={code} code={code} />
  return <NotFoundPage />
}

/** While a page's code loads: a spinner that appears only if the wait is noticeable (styles.css `.page-loading`). */
function PageLoading() {
  const { t } = useI18n()
  return <div className="page-loading"><LoadingState label={t('common.loading')} /></div>
}

function PageLoadFailed() {
  const { t } = useI18n()
  return <ErrorState title={t('error.pageLoad')} onRetry={() => window.location.reload()} />
}

/** A page whose code could not be fetched (offline, or a new version replaced the files): offer a reload. Another path clears it. */
class PageLoadBoundary extends Component<{ path: string; children: ReactNode }, { failedAt?: string }> {
  override state: { failedAt?: string } = {}

  static getDerivedStateFromError(): { failedAt: string } {
    return { failedAt: window.location.pathname }
  }

  override componentDidUpdate(previous: { path: string }) {
    if (previous.path !== this.props.path && this.state.failedAt !== undefined) this.setState({ failedAt: undefined })
  }

  override render() {
    if (this.state.failedAt === this.props.path) return <PageLoadFailed />
    return this.props.children
  }
}

function Routes() {
  const path = usePath()
  const mainRef = useRef<HTMLElement>(null)
  const isFirstPath = useRef(true)

  // After an in-app navigation, move focus to the new content so keyboard and screen-reader users start there.
  useEffect(() => {
    if (isFirstPath.current) {
      isFirstPath.current = false
      return
    }
    mainRef.current?.focus({ preventScroll: true })
  }, [path])

  return (
    <Layout mainRef={mainRef}>
      <PageLoadBoundary path={path}>
        <Suspense fallback={<PageLoading />}>
          <Page path={path} />
        </Suspense>
      </PageLoadBoundary>
    </Layout>
  )
}

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Routes />
      </SessionProvider>
    </I18nProvider>
  )
}
