/** Calls and types of the credit, blacklist and inspection pages (types from the route schemas, STYLE §1). */
import type { Static } from 'typebox'
import type { CreditList as CreditListSchema, PartyCredit as PartyCreditSchema } from '../../../../src/http/routes/credit/schema'
import type { PublicEntry as PublicEntrySchema } from '../../../../src/http/routes/blacklist/schema'
import type { Draw as DrawSchema, Verification as VerificationSchema } from '../../../../src/http/routes/inspection-draws/schema'

export { errorText, send } from '../account/account-api'

export type PartyCredit = Static<typeof PartyCreditSchema>
export type CreditReason = PartyCredit['current']['reasons'][number]
export type CreditList = Static<typeof CreditListSchema>
export type BlacklistEntry = Static<typeof PublicEntrySchema>
export interface BlacklistList { total: number; entries: BlacklistEntry[] }
export type Draw = Static<typeof DrawSchema>
export interface DrawList { total: number; draws: Draw[] }
export type Verification = Static<typeof VerificationSchema>

export const PAGE_SIZE = 20

export const partyCreditPath = (id: string) => `/api/v1/parties/${encodeURIComponent(id)}/credit`
export const GRADE_TONE: Record<string, string> = { A: 'good', B: 'fair', C: 'warn', D: 'bad' }

export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value))
  const text = search.toString()
  return text ? `?${text}` : ''
}
