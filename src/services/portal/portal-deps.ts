/** What the portal's services need: the store, the clock, a logger and the capture limit (receipts go through capture). */
import type { Clock } from '../clock.js'
import type { Log } from '../log.js'
import type { Store } from '../../storage/store.js'

export interface PortalDeps {
  store: Store
  clock: Clock
  log: Log
  captureLimit: number
}

/** Paging of every portal list (server side; STYLE: every list query has a limit). */
export const MAX_PAGE = 200

export function clampPage(limit: number | undefined, offset: number | undefined): { limit: number; offset: number } {
  return { limit: Math.min(Math.max(limit ?? 20, 1), MAX_PAGE), offset: Math.max(offset ?? 0, 0) }
}
