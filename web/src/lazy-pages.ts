/**
 * Every page as its own lazily loaded chunk (React.lazy), so a visitor downloads the app shell and the one
 * page they open: the public query page does not bring the console's charts, nor the explorer the
 * portal's forms. The router (app.tsx) reads paths with the small `*-path`/`*-sections` helpers, which
 * never import a page.
 */
import { lazy, type ComponentType } from 'react'
import { startExplorer } from './pages/explorer/explorer-start'

/** A page module: the named export is a component (each page has its own props). */
type PageModule<K extends string> = Record<K, ComponentType<any>>

/** A named page export as a lazy component. */
function page<K extends string, M extends PageModule<K>>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] as M[K] }))
}

export const HomePage = page(() => import('./pages/home/home-page'), 'HomePage')
export const SpreadsheetsPage = page(() => import('./pages/spreadsheets/spreadsheets-page'), 'SpreadsheetsPage')
export const LabelsPage = page(() => import('./pages/labels/labels-page'), 'LabelsPage')
/** The explorer's overview request and graph library start together with its code (explorer-start.ts). */
export const ExplorerPage = page(() => {
  startExplorer()
  return import('./pages/explorer/explorer-page')
}, 'ExplorerPage')
export const ImpactPage = page(() => import('./pages/impact/impact-page'), 'ImpactPage')
export const PublicRecallsPage = page(() => import('./pages/recalls/public-recalls-page'), 'PublicRecallsPage')
export const NewRecallPage = page(() => import('./pages/recalls/new-recall-page'), 'NewRecallPage')
export const RecallListPage = page(() => import('./pages/recalls/recall-list-page'), 'RecallListPage')
export const TasksPage = page(() => import('./pages/recalls/tasks-page'), 'TasksPage')
export const RecallPage = page(() => import('./pages/recalls/recall-page'), 'RecallPage')
export const ConsolePage = page(() => import('./pages/console/console-page'), 'ConsolePage')
export const HelpPage = page(() => import('./pages/help/help-page'), 'HelpPage')
export const OpenDataPage = page(() => import('./pages/open-data/open-data-page'), 'OpenDataPage')
export const PortalHomePage = page(() => import('./pages/portal/portal-home'), 'PortalHomePage')
export const PartnersPage = page(() => import('./pages/portal/partners-page'), 'PartnersPage')
export const MasterDataPage = page(() => import('./pages/portal/master-data-page'), 'MasterDataPage')
export const RecordPage = page(() => import('./pages/portal/record-page'), 'RecordPage')
export const CreditListPage = page(() => import('./pages/credit/credit-list-page'), 'CreditListPage')
export const CreditPartyPage = page(() => import('./pages/credit/credit-party-page'), 'CreditPartyPage')
export const AlertsPage = page(() => import('./pages/alerts/alerts-page'), 'AlertsPage')
export const AlertThresholdsPage = page(() => import('./pages/alerts/alert-thresholds-page'), 'AlertThresholdsPage')
export const AlertDetailPage = page(() => import('./pages/alerts/alert-detail-page'), 'AlertDetailPage')
export const BlacklistPage = page(() => import('./pages/blacklist/blacklist-page'), 'BlacklistPage')
export const InspectionsPage = page(() => import('./pages/inspections/inspections-page'), 'InspectionsPage')
export const DrawPage = page(() => import('./pages/inspections/draw-page'), 'DrawPage')
export const StandardsPage = page(() => import('./pages/standards/standards-page'), 'StandardsPage')
export const LoginPage = page(() => import('./pages/account/login-page'), 'LoginPage')
export const RegisterPage = page(() => import('./pages/account/register-page'), 'RegisterPage')
export const ApiKeysPage = page(() => import('./pages/account/api-keys-page'), 'ApiKeysPage')
export const SubscriptionsPage = page(() => import('./pages/account/subscriptions-page'), 'SubscriptionsPage')
export const ComplaintsInboxPage = page(() => import('./pages/complaints/complaints-inbox-page'), 'ComplaintsInboxPage')
export const ComplaintsImportPage = page(() => import('./pages/complaints/complaints-import-page'), 'ComplaintsImportPage')
export const ComplaintDetailPage = page(() => import('./pages/complaints/complaint-detail-page'), 'ComplaintDetailPage')
export const ComplaintStatusPage = page(() => import('./pages/complaints/complaint-status-page'), 'ComplaintStatusPage')
export const PublicQueryPage = page(() => import('./pages/public-query/public-query-page'), 'PublicQueryPage')
export const NotFoundPage = page(() => import('./pages/not-found/not-found-page'), 'NotFoundPage')
