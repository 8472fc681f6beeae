/**
 * One active alert per identity (rule + subject + key) on every engine, even when the read that looks for an
 * active alert is stale: the insert is idempotent (partial unique index `alert_active_dedup_uq`, on conflict do
 * nothing), and the late finding's evidence joins the alert that won. On PostgreSQL two transactions really race.
 * The migration settles duplicates raised before it (the oldest stays, the others are dismissed).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { AlertFinding } from '../../../src/domain/alerts/finding.js'
import { dedupKeyOf } from '../../../src/domain/alerts/finding.js'
import { ThresholdBook } from '../../../src/domain/alerts/thresholds.js'
import { recordFindings } from '../../../src/services/alerts/record-findings.js'
import type { EngineName } from '../../../src/storage/dialect/dialect.js'
import { openDialect } from '../../../src/storage/dialect/open.js'
import { newRowId } from '../../../src/storage/ids.js'
import { MIGRATIONS } from '../../../src/storage/migrations/index.js'
import type { Repositories, Store } from '../../../src/storage/store.js'
import { engines, freshDatabaseUrl, freshStore } from '../../support/engines.js'

const NOW = '2026-11-20T08:00:00.000Z'
const book = new ThresholdBook([])
const DEDUPE = '2026-11-23T1840-alert-dedupe'

function finding(subjectId: string, eventId: string, rule: AlertFinding['rule'] = 'mass_balance'): AlertFinding {
  return {
    rule, subject: { kind: 'party', id: subjectId }, key: 'urn:epc:class:lgtin:6901234.000010.L1', partyId: subjectId, regionCode: '441402', category: 'food',
    data: { unitKey: 'L1', out: 12, in: 10, uom: 'KGM' }, evidence: [{ eventRowId: newRowId(), eventId, partyId: subjectId }],
  }
}

/** The repositories with the active-alert lookup answering "none" once, as a read taken before another writer committed. */
function staleOnce(repos: Repositories): Repositories {
  let stale = true
  return {
    ...repos,
    alerts: {
      ...repos.alerts,
      findByDedupKeys: async (keys, statuses) => {
        if (!stale) return repos.alerts.findByDedupKeys(keys, statuses)
        stale = false
        return new Map()
      },
    },
  }
}

async function alertsOf(store: Store, subjectId: string) {
  return (await store.alerts.list({ subject: subjectId, limit: 50, offset: 0 })).alerts
}

const tmp = mkdtempSync(join(tmpdir(), 'zhuisu-dedupe-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe.each(engines())('alert dedupe on %s', (engine) => {
  it('a finding whose lookup missed the active alert adds its evidence to it, opening nothing', async () => {
    const store = await freshStore(engine)
    const subject = newRowId()
    const opened = await store.transaction((tx) => recordFindings(tx, [finding(subject, 'urn:uuid:first')], book, NOW))
    expect(opened).toHaveLength(1)
    const again = await store.transaction((tx) => recordFindings(staleOnce(tx), [finding(subject, 'urn:uuid:second')], book, NOW))
    expect(again).toEqual([])
    const [alert, ...others] = await alertsOf(store, subject)
    expect(others).toEqual([])
    expect(alert).toMatchObject({ id: opened[0], status: 'open', evidenceCount: 2 })
    expect((await store.alerts.evidenceOf(alert!.id, 10)).map((e) => e.eventId)).toEqual(['urn:uuid:first', 'urn:uuid:second'])
    expect((await store.alerts.transitionsOf(alert!.id)).map((t) => t.to)).toEqual(['open'])
    expect(await store.notifications.listBySubject('alert', alert!.id, 10)).toHaveLength(1)
  })

  it('a timer rule (once per period) adds nothing on a stale lookup', async () => {
    const store = await freshStore(engine)
    const subject = newRowId()
    await store.transaction((tx) => recordFindings(tx, [finding(subject, 'urn:uuid:a', 'reporting_gap')], book, NOW, true))
    expect(await store.transaction((tx) => recordFindings(staleOnce(tx), [finding(subject, 'urn:uuid:b', 'reporting_gap')], book, NOW, true))).toEqual([])
    const alerts = await alertsOf(store, subject)
    expect(alerts.map((a) => a.evidenceCount)).toEqual([1])
  })

  it('a closed alert keeps its key: the same finding opens a new alert', async () => {
    const store = await freshStore(engine)
    const subject = newRowId()
    const [first] = await store.transaction((tx) => recordFindings(tx, [finding(subject, 'urn:uuid:a')], book, NOW))
    await store.transaction(async (tx) => {
      await tx.alerts.insertTransition({ id: newRowId(), alertId: first!, from: 'open', to: 'resolved', note: '已处理', actor: 'test', at: NOW })
      await tx.alerts.setStatus(first!, 'resolved', NOW)
    })
    const [second] = await store.transaction((tx) => recordFindings(tx, [finding(subject, 'urn:uuid:b')], book, NOW))
    expect(second).toBeDefined()
    expect((await alertsOf(store, subject)).map((a) => [a.id, a.status]).sort()).toEqual([[first, 'resolved'], [second, 'open']].sort())
  })

  it.runIf(engine === 'postgres')('two transactions raising the same alert at once open one', async () => {
    const store = await freshStore(engine)
    const subject = newRowId()
    // Both transactions read "no active alert" before either inserts.
    let arrived = 0
    let release!: () => void
    const bothRead = new Promise<void>((resolve) => { release = resolve })
    const racing = (repos: Repositories): Repositories => {
      let first = true
      return {
        ...repos,
        alerts: {
          ...repos.alerts,
          findByDedupKeys: async (keys, statuses) => {
            const found = await repos.alerts.findByDedupKeys(keys, statuses)
            if (first) {
              first = false
              if (++arrived === 2) release()
              await bothRead
            }
            return found
          },
        },
      }
    }
    const results = await Promise.all(['urn:uuid:x', 'urn:uuid:y'].map((eventId) =>
      store.transaction((tx) => recordFindings(racing(tx), [finding(subject, eventId)], book, NOW))))
    expect(results.flat()).toHaveLength(1)
    const [alert, ...others] = await alertsOf(store, subject)
    expect(others).toEqual([])
    expect((await store.alerts.evidenceOf(alert!.id, 10)).map((e) => e.eventId).sort()).toEqual(['urn:uuid:x', 'urn:uuid:y'])
    expect(alert!.evidenceCount).toBe(2)
    expect(await store.notifications.listBySubject('alert', alert!.id, 10)).toHaveLength(1)
  })

  it('the migration dismisses duplicates raised before it, keeping the oldest, then refuses new ones', async () => {
    const url = engine === 'sqlite' ? `sqlite:${join(tmp, `${newRowId()}.db`)}` : await freshDatabaseUrl(engine)
    const dialect = openDialect(url)
    try {
      const db = dialect.db
      for (const [name, module] of Object.entries(MIGRATIONS)) if (name < DEDUPE) await module.up(db, engine as EngineName)
      const subject = newRowId()
      const key = dedupKeyOf(finding(subject, 'e'))
      const row = (id: string, status: string, createdAt: string, dedupKey = key) => ({
        id, rule: 'mass_balance', severity: 'high', subject_kind: 'party', subject_id: subject, subject_key: 'k', dedup_key: dedupKey, party_id: subject,
        region_code: '441402', category: 'food', message_zh: 'm', message_en: 'm', thresholds: '{}', data: '{}', status, evidence_count: 1, created_at: createdAt, updated_at: createdAt,
      })
      const [oldest, later, latest, closed, other] = [newRowId(), newRowId(), newRowId(), newRowId(), newRowId()]
      await db.insertInto('alert').values([
        row(later, 'acknowledged', '2026-11-02T00:00:00.000Z'), row(oldest, 'open', '2026-11-01T00:00:00.000Z'),
        row(latest, 'open', '2026-11-03T00:00:00.000Z'), row(closed, 'resolved', '2026-10-01T00:00:00.000Z'), row(other, 'open', '2026-11-01T00:00:00.000Z', 'another'),
      ]).execute()
      await MIGRATIONS[DEDUPE]!.up(db, engine as EngineName)
      const statuses = Object.fromEntries((await db.selectFrom('alert').select(['id', 'status']).execute()).map((r) => [r.id, r.status]))
      expect(statuses).toEqual({ [oldest]: 'open', [later]: 'dismissed', [latest]: 'dismissed', [closed]: 'resolved', [other]: 'open' })
      const transitions = await db.selectFrom('alert_transition').selectAll().orderBy('alert_id').execute()
      expect(transitions.map((t) => [t.alert_id, t.from_status, t.to_status, t.actor]).sort()).toEqual([[later, 'acknowledged', 'dismissed', 'system'], [latest, 'open', 'dismissed', 'system']].sort())
      expect(transitions.every((t) => String(t.note).includes(oldest))).toBe(true)
      const duplicate = await db.insertInto('alert').values(row(newRowId(), 'investigating', NOW)).execute().catch((e: unknown) => e)
      expect(dialect.isUniqueViolation(duplicate)).toBe(true)
      await db.insertInto('alert').values(row(newRowId(), 'dismissed', NOW)).execute()
    } finally {
      await dialect.close()
    }
  })
})
