/**
 * The clocks the timer rules read: the last report (record time) of every party that captured, and the last
 * maintenance (or installation) of every elevator (category `equipment`, bizStep `maintaining`/`installing`);
 * an elevator decommissioned or destroyed stops its clock.
 */
import type { AlertClockTable } from '../../storage/alert-schema.js'
import type { Repositories } from '../../storage/store.js'
import { stepWord, type BatchFacts } from './batch-facts.js'

const MAINTENANCE_STEPS = new Set(['maintaining', 'installing'])

export async function moveClocks(repos: Repositories, facts: BatchFacts): Promise<void> {
  const clocks = new Map<string, AlertClockTable>()
  const keep = (row: AlertClockTable) => {
    const key = `${row.kind}|${row.subject_id}`
    const existing = clocks.get(key)
    if (!existing || existing.last_at < row.last_at) clocks.set(key, row)
  }
  for (const event of facts.events.values()) {
    if (event.party_id) keep({ kind: 'report', subject_id: event.party_id, last_at: event.record_time, party_id: event.party_id, region_code: facts.regionOf.get(event.id) ?? null, category: event.category, event_id: event.event_id })
  }
  const stopped: string[] = []
  for (const c of facts.custody) {
    const event = facts.events.get(c.event_row_id)!
    if (event.category !== 'equipment') continue
    if (c.role === 'destroyed') stopped.push(c.unit_id)
    else if (MAINTENANCE_STEPS.has(stepWord(event.biz_step) ?? '')) {
      keep({ kind: 'maintenance', subject_id: c.unit_id, last_at: c.event_time, party_id: c.party_id, region_code: c.region_code, category: 'equipment', event_id: c.event_id })
    }
  }
  await repos.alertState.touchClocks([...clocks.values()])
  if (stopped.length > 0) await repos.alertState.stopClocks('maintenance', stopped)
}
