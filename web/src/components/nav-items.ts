/**
 * The navigation, in one list. `main` entries sit in the header for everyone they are meant for; `work`
 * entries form the signed-in workspace bar (工作台) under the header. An area adds its entries here; the
 * first `work` entry a role may see is where sign-in lands it.
 */
import type { MessageKey } from '../i18n'
import type { Audience } from '../session'

export interface NavItem {
  to: string
  label: MessageKey
  audiences: Audience[]
  section: 'main' | 'work'
  /** Which paths mark this entry as the current page; by default the path itself and anything under it. */
  matches?: (path: string) => boolean
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'nav.home', audiences: ['public'], section: 'main', matches: (path) => path === '/' },
  { to: '/standards', label: 'nav.standards', audiences: ['public'], section: 'main' },
  { to: '/spreadsheets', label: 'nav.sheets', audiences: ['public'], section: 'main' },
  { to: '/labels', label: 'nav.labels', audiences: ['public'], section: 'main' },
  { to: '/console', label: 'console.nav', audiences: ['regulator', 'operator'], section: 'work' },
  { to: '/portal', label: 'portal.nav', audiences: ['enterprise'], section: 'work' },
  { to: '/explorer', label: 'explorer.nav', audiences: ['regulator', 'enterprise', 'operator'], section: 'work' },
  { to: '/impact', label: 'impact.nav', audiences: ['regulator', 'operator'], section: 'work' },
  { to: '/recalls/mine', label: 'recalls.nav.manage', audiences: ['regulator', 'operator'], section: 'work', matches: (path) => /^\/recalls\/(?!new$)/.test(path) || path === '/recalls/mine' },
  { to: '/tasks', label: 'recalls.nav.tasks', audiences: ['enterprise'], section: 'work' },
  { to: '/credit', label: 'credit.nav', audiences: ['regulator', 'enterprise', 'operator'], section: 'work' },
  { to: '/inspections', label: 'credit.draw.nav', audiences: ['regulator', 'operator'], section: 'work' },
  { to: '/recalls', label: 'recalls.nav.public', audiences: ['public'], section: 'main', matches: (path) => path === '/recalls' },
  { to: '/blacklist', label: 'credit.blacklist.nav', audiences: ['public'], section: 'main' },
  { to: '/open-data', label: 'console.openData.nav', audiences: ['public'], section: 'main' },
  { to: '/help', label: 'help.nav', audiences: ['public'], section: 'main' },
  { to: '/alerts', label: 'alerts.nav', audiences: ['regulator', 'enterprise', 'operator'], section: 'work' },
  { to: '/complaints', label: 'complaints.nav', audiences: ['regulator', 'operator'], section: 'work' },
  { to: '/account/subscriptions', label: 'complaints.subs.title', audiences: ['enterprise', 'regulator', 'operator'], section: 'work' },
  { to: '/account/api-keys', label: 'nav.account', audiences: ['public'], section: 'main', matches: (path) => path.startsWith('/account') },
]

export function isCurrent(item: NavItem, path: string): boolean {
  return item.matches ? item.matches(path) : path === item.to || path.startsWith(`${item.to}/`)
}

export function visibleItems(section: NavItem['section'], audiences: readonly Audience[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.section === section && item.audiences.some((a) => audiences.includes(a)))
}

/** Where a role lands after sign-in: its first workspace page, else its account page. */
export function landingPath(audiences: readonly Audience[]): string {
  const work = visibleItems('work', audiences.filter((a) => a !== 'public'))
  return work[0]?.to ?? '/account/api-keys'
}
