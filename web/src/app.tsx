/** The web app: routes by path (router.tsx), inside the layout. */
import { useEffect, useRef } from 'react'
import { Layout } from './components/layout'
import { I18nProvider } from './i18n'
import { ApiKeysPage } from './pages/account/api-keys-page'
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
  if (path === '/blacklist') return <BlacklistPage />
  if (path === '/inspections') return <InspectionsPage />
  if (path.startsWith('/inspections/')) return <DrawPage key={path} drawId={decodeURIComponent(path.slice('/inspections/'.length))} />
  const standardsCategory = standardsCategoryFromPath(path)
  if (standardsCategory !== undefined) return <StandardsPage category={standardsCategory} />
  if (path === '/account/login') return <LoginPage />
  if (path === '/account/register') return <RegisterPage />
  if (path === '/account/api-keys') return <ApiKeysPage />
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
