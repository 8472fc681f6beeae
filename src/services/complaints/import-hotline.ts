/**
 * Import of 12345 hotline work orders (regulators and the operator). Per row: every valid row whose
 * 工单编号 is new becomes a complaint, routed like a web complaint (by its 追溯码, else by 所在区域); a row
 * already imported is reported `duplicate` and left alone (re-importing a file changes nothing); a bad
 * row is reported with its problems and skipped. The accepted rows are written in one transaction.
 */
import type { Actor } from '../../domain/accounts/actor.js'
import { parseHotlineRow, type HotlineCell, type HotlineKey, type HotlineProblem, type HotlineRow } from '../../domain/complaints/hotline.js'
import { ZhuisuError } from '../../domain/errors.js'
import { complaintFilterOf, resolveScope } from '../access/scope.js'
import { recordComplaint } from './record.js'
import { locateByCode, responsibleRegulator, type ComplaintRouting } from './routing.js'
import type { ComplaintDeps } from './submit.js'

export const MAX_HOTLINE_ROWS = 5000

export interface HotlineRowReport {
  /** Row number in the file (the header is row 1). */
  row: number
  ticket?: string
  status: 'created' | 'duplicate' | 'invalid'
  complaintId?: string
  number?: string
  problems: (HotlineProblem & { message?: string })[]
}

export interface HotlineImportReport {
  created: number
  duplicates: number
  invalid: number
  rows: HotlineRowReport[]
}

/** `load` reads the uploaded file; it runs only once the caller is known to be allowed to import. */
export async function importHotlineComplaints(deps: ComplaintDeps, actor: Actor, load: () => Promise<{ row: number; cells: Partial<Record<HotlineKey, HotlineCell>> }[]>): Promise<HotlineImportReport> {
  complaintFilterOf(await resolveScope(deps.store, actor))
  const rows = await load()
  if (rows.length > MAX_HOTLINE_ROWS) throw new ZhuisuError('batch_too_large', '/file', { max: MAX_HOTLINE_ROWS })
  const now = deps.clock.now()
  const reports: HotlineRowReport[] = []
  const accepted: { report: HotlineRowReport; row: HotlineRow; routing: ComplaintRouting }[] = []
  const seen = new Set<string>()
  for (const { row: rowNumber, cells } of rows) {
    const parsed = parseHotlineRow(cells, now)
    const report: HotlineRowReport = { row: rowNumber, ticket: parsed.row?.ticket, status: 'invalid', problems: parsed.problems }
    reports.push(report)
    if (!parsed.row) continue
    if (seen.has(parsed.row.ticket)) {
      report.status = 'duplicate'
      continue
    }
    seen.add(parsed.row.ticket)
    let located: Omit<ComplaintRouting, 'assignee'>
    try {
      located = await locateByCode(deps.store, deps.clock, parsed.row.code)
    } catch (error) {
      if (!(error instanceof ZhuisuError)) throw error
      report.problems.push({ column: '追溯码', code: error.code })
      continue
    }
    const regionCode = located.regionCode ?? parsed.row.regionCode
    const assignee = await responsibleRegulator(deps.store, regionCode, located.category)
    accepted.push({ report, row: parsed.row, routing: { ...located, regionCode, assignee } })
  }
  const existing = await deps.store.complaints.existingHotlineTickets(accepted.map((a) => a.row.ticket))
  await deps.store.transaction(async (tx) => {
    for (const { report, row, routing } of accepted) {
      const already = existing.get(row.ticket)
      if (already) {
        Object.assign(report, { status: 'duplicate', complaintId: already })
        continue
      }
      const { complaint } = await recordComplaint(tx, deps.clock, {
        source: 'hotline', hotlineTicket: row.ticket, receivedAt: row.receivedAt, text: row.text,
        contactName: row.name, contactPhone: row.phone, contactEmail: row.email, routing,
      })
      Object.assign(report, { status: 'created', complaintId: complaint.id, number: complaint.number })
    }
  })
  return {
    created: reports.filter((r) => r.status === 'created').length, duplicates: reports.filter((r) => r.status === 'duplicate').length,
    invalid: reports.filter((r) => r.status === 'invalid').length, rows: reports,
  }
}
