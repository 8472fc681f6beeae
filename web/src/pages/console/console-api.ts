/** The console's calls and the shapes of its answers (docs/console.md); exports are plain GET links. */
export interface Target { regionCode: string; category: string; year: number; enterpriseSharePercent: number; countySharePercent: number; setAt?: string }
export interface CoverageCell { registered: number; active: number; share: number | null }
export interface Coverage {
  since: string; until: string; days: number
  total: CoverageCell & { target: Target | null }
  byCategory: (CoverageCell & { category: string; target: Target | null })[]
  byCounty: (CoverageCell & { regionCode: string; name: string })[]
  counties: { total: number; covered: number; share: number | null; uncovered: { regionCode: string; name: string }[] }
}
export interface FlowLink { from: string; fromName: string; to: string; toName: string; movements: number; quantities: { uom: string; quantity: number }[] }
export interface Volumes {
  since: string; until: string; days: number; totalEvents: number
  perDay: { day: string; events: number }[]
  provinceFlows: FlowLink[]; cityFlows: FlowLink[]
  topProducts: { productId: string; name: string; category: string; events: number }[]
  topParties: { partyId: string; name: string; regionCode: string; events: number }[]
}
export interface QualityFigures {
  events: number; completeness: number | null; accuracy: number | null; flagged: number; corrected: number
  medianMinutes: number | null; p90Minutes: number | null; within24h: number | null; reportingDays: number; operationRate: number | null
}
export interface Quality {
  since: string; until: string; days: number; total: QualityFigures; totalParties: number
  parties: (QualityFigures & { partyId: string; name: string; uscc: string | null; regionCode: string })[]
  platforms: (QualityFigures & { organisationId: string; name: string; parties: number })[]
}
export interface CoverageParties { total: number; parties: { id: string; name: string; uscc: string | null; regionCode: string; kind: string; categories: string[]; active: boolean }[] }
export interface DrillEvents { events: { eventId: string; type: string; bizStep: string | null; eventTime: string; category: string | null; partyName: string | null; findings: string[] }[] }

export const CONSOLE_API = '/api/v1/console'
export const PAGE_SIZE = 20

export function consolePath(path: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)]))
  const text = search.toString()
  return `${CONSOLE_API}/${path}${text ? `?${text}` : ''}`
}

export const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`)
export const minutes = (value: number | null) => (value === null ? '—' : value >= 1440 ? `≤ ${value / 1440} d` : value >= 60 ? `≤ ${value / 60} h` : `≤ ${value} min`)

/** Sets coverage targets (operator): a PUT with the session's CSRF token; the error message follows the language. */
export async function putTargets(targets: Target[], language: string, csrfToken?: string): Promise<void> {
  const response = await fetch(`${CONSOLE_API}/coverage-targets`, {
    method: 'PUT', credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'accept-language': language, ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
    body: JSON.stringify({ targets }),
  })
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined
    throw new Error(body?.error?.message ?? `HTTP ${response.status}`)
  }
}
