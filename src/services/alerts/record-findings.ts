/**
 * Findings become alerts: one active alert per (rule, subject, key) — a repeat appends its evidence to the
 * active alert instead of opening another. The insert is idempotent (a partial unique index on the active
 * alerts' dedup key), so two captures committing at once still raise one alert. A new alert gets its opening
 * transition and an `alert.opened` notification (webhooks), all in the caller's transaction.
 */
import { MAX_EVIDENCE_PER_ALERT } from '../../domain/alerts/alert.js'
import { dedupKeyOf, type AlertFinding, type EvidenceRef } from '../../domain/alerts/finding.js'
import { alertMessage } from '../../domain/alerts/messages.js'
import type { ThresholdBook } from '../../domain/alerts/thresholds.js'
import { ACTIVE_STATUSES, ALERT_STATUSES } from '../../domain/alerts/workflow.js'
import type { AlertEvidenceTable } from '../../storage/alert-schema.js'
import { newRowId } from '../../storage/ids.js'
import type { Repositories } from '../../storage/store.js'
import { notifyMany, type NotificationInput } from '../notifications/notify.js'

export const SYSTEM_ACTOR = 'system'

/**
 * @param once timer rules: the key names the period (the last report or maintenance), so a period already
 *   alerted — whatever its alert's status now — is never alerted again, and a repeat adds nothing.
 */
export async function recordFindings(repos: Repositories, findings: AlertFinding[], book: ThresholdBook, now: string, once = false): Promise<string[]> {
  if (findings.length === 0) return []
  const merged = new Map<string, AlertFinding>()
  for (const finding of findings) {
    const key = dedupKeyOf(finding)
    const existing = merged.get(key)
    if (existing) existing.evidence.push(...finding.evidence)
    else merged.set(key, { ...finding, evidence: [...finding.evidence] })
  }
  const active = await repos.alerts.findByDedupKeys([...merged.keys()], once ? ALERT_STATUSES : ACTIVE_STATUSES)
  const opened: string[] = []
  const notifications: NotificationInput[] = []
  for (const [dedupKey, finding] of merged) {
    const evidence = uniqueEvidence(finding.evidence)
    let current = active.get(dedupKey)
    if (current && once) continue
    if (!current) {
      const id = newRowId()
      const threshold = book.for(finding.rule, finding.regionCode)
      const message = alertMessage(finding)
      const inserted = await repos.alerts.insert({
        id, rule: finding.rule, severity: threshold.severity, subject_kind: finding.subject.kind, subject_id: finding.subject.id,
        subject_key: finding.key, dedup_key: dedupKey, party_id: finding.partyId ?? null, region_code: finding.regionCode ?? null,
        category: finding.category ?? null, message_zh: message.zh, message_en: message.en, thresholds: JSON.stringify(threshold),
        data: JSON.stringify(finding.data), status: 'open', evidence_count: evidence.length, created_at: now, updated_at: now,
      })
      if (inserted) {
        await repos.alerts.insertEvidence(evidenceRows(id, evidence.slice(0, MAX_EVIDENCE_PER_ALERT), now))
        await repos.alerts.insertTransition({ id: newRowId(), alertId: id, to: 'open', actor: SYSTEM_ACTOR, at: now })
        notifications.push({
          type: 'alert.opened', subject: { kind: 'alert', id }, regionCode: finding.regionCode,
          partyIds: finding.partyId ? [finding.partyId] : [], categories: finding.category ? [finding.category] : [],
          data: { rule: finding.rule, severity: threshold.severity, subject: finding.subject, message },
        })
        opened.push(id)
        continue
      }
      // A concurrent writer raised the same alert a moment ago (the unique index kept it single): this is a repeat of it.
      if (once) continue
      current = (await repos.alerts.findByDedupKeys([dedupKey], ACTIVE_STATUSES)).get(dedupKey)
      if (!current) continue
    }
    const room = Math.max(0, MAX_EVIDENCE_PER_ALERT - current.evidenceCount)
    await repos.alerts.insertEvidence(evidenceRows(current.id, evidence.slice(0, room), now))
    await repos.alerts.noteEvidence(current.id, current.evidenceCount + evidence.length, now)
  }
  await notifyMany(repos, notifications, { clock: { now: () => now } })
  return opened
}

function uniqueEvidence(evidence: EvidenceRef[]): EvidenceRef[] {
  const seen = new Set<string>()
  return evidence.filter((e) => {
    const key = `${e.eventRowId ?? ''}|${e.unitId ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function evidenceRows(alertId: string, evidence: EvidenceRef[], now: string): AlertEvidenceTable[] {
  return evidence.map((e) => ({
    id: newRowId(), alert_id: alertId, event_row_id: e.eventRowId ?? null, event_id: e.eventId ?? null, event_time: e.eventTime ?? null,
    party_id: e.partyId ?? null, unit_id: e.unitId ?? null, unit_key: e.unitKey ?? null, created_at: now,
  }))
}
