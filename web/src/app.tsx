/** The web app: routes by path (router.tsx), inside the layout. */
import { useEffect, useRef } from 'react'
import { Layout } from './components/layout'
import { AlertDetailPage } from './pages/alerts/alert-detail-page'
import { AlertThresholdsPage } from './pages/alerts/alert-thresholds-page'
import { AlertsPage } from './pages/alerts/alerts-page'
import { I18nProvider } from './i18n'
import { ApiKeysPage } from './pages/account/api-keys-page'
import { SubscriptionsPage } from './pages/account/subscriptions-page'
import { ComplaintDetailPage } from './pages/complaints/complaint-detail-page'
import { ComplaintStatusPage } from './pages/complaints/complaint-status-page'
import { ComplaintsImportPage } from './pages/complaints/complaints-import-page'
import { ComplaintsInboxPage } from './pages/complaints/complaints-inbox-page'
import { LoginPage } from './pages/account/login-page'
import { RegisterPage } from './pages/account/register-page'
import { ExplorerPage } from './pages/explorer/explorer-page'
import { ImpactPage } from './pages/impact/impact-page'
import { BlacklistPage } from './pages/blacklist/blacklist-page'
import { CreditListPage } from './pages/credit/credit-list-page'
import { CreditPartyPage } from './pages/credit/credit-party-page'
import { ConsolePage, consoleSectionFromPath } from './pages/console/console-page'
import { DrawPage } from './pages/inspections/draw-page'
import { InspectionsPage } from './pages/inspections/inspections-page'
import { HomePage } from './pages/home/home-page'
import { LabelsPage } from './pages/labels/labels-page'
import { NotFoundPage } from './pages/not-found/not-found-page'
import { OpenDataPage } from './pages/open-data/open-data-page'
import { MasterDataPage } from './pages/portal/master-data-page'
import { PartnersPage } from './pages/portal/partners-page'
import { PortalHomePage } from './pages/portal/portal-home'
import { RecordPage, recordStepFromPath } from './pages/portal/record-page'
import { PublicQueryPage } from './pages/public-query/public-query-page'
import { NewRecallPage } from './pages/recalls/new-recall-page'
import { PublicRecallsPage } from './pages/recalls/public-recalls-page'
import { RecallListPage } from './pages/recalls/recall-list-page'
import { RecallPage } from './pages/recalls/recall-page'
import { recallIdFromPath } from './pages/recalls/recalls-api'
import { TasksPage } from './pages/recalls/tasks-page'
import { SpreadsheetsPage } from './pages/spreadsheets/spreadsheets-page'
import { StandardsPage } from './pages/standards/standards-page'
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
      <Page path={path} />
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
