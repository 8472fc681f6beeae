/**
 * An acknowledged capture survives kill -9 of the server: batches stream to a real `zhuisu serve` from
 * several writers, the process is killed while requests are in flight, and after a restart every
 * acknowledged event is there and every batch is whole or absent. On every engine.
 */
import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startServer, type ChildServer } from '../../support/child-platform.js'
import { engines, freshDatabaseUrl } from '../../support/engines.js'

const WRITERS = 4
const BATCH_SIZE = 100
/** The server is killed when this many batches have been acknowledged, with others still in flight. */
const KILL_AFTER_ACKS = 12

const batchOf = (index: number) => Array.from({ length: BATCH_SIZE }, (_, i) => ({
  type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventID: `urn:uuid:${randomUUID()}`,
  eventTime: '2026-11-05T08:00:00+08:00', eventTimeZoneOffset: '+08:00', 'zs:category': 'agri',
  quantityList: [{ epcClass: `urn:epc:class:lgtin:6901234.000002.B${index}N${i}`, quantity: 10, uom: 'KGM' }],
}))

const post = (server: ChildServer, events: unknown[]) => fetch(`${server.baseUrl}/api/v1/events`, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ events }),
})

async function databaseUrlFor(engine: 'sqlite' | 'postgres'): Promise<string> {
  if (engine === 'postgres') return freshDatabaseUrl(engine)
  return `sqlite:${join(mkdtempSync(join(tmpdir(), 'zhuisu-crash-')), 'zhuisu.db')}`
}

describe.each(engines())('kill -9 during a capture stream on %s', (engine) => {
  it('keeps every acknowledged event and no half-written batch', async () => {
    const env = { DATABASE_URL: await databaseUrlFor(engine) }
    const server = await startServer(env)
    const first = await post(server, batchOf(-1))
    expect(first.status, await first.clone().text()).toBe(201)

    const acknowledged: unknown[][] = []
    const unanswered: unknown[][] = []
    let sent = 0
    let killed: Promise<void> | undefined
    const writer = async () => {
      while (!killed) {
        const batch = batchOf(sent++)
        try {
          const reply = await post(server, batch)
          expect(reply.status, await reply.text()).toBe(201)
          acknowledged.push(batch)
          if (acknowledged.length === KILL_AFTER_ACKS) killed = server.kill9()
        } catch (error) {
          if (!killed) throw error
          unanswered.push(batch)
        }
      }
    }
    await Promise.all(Array.from({ length: WRITERS }, writer))
    await killed
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS)
    expect(acknowledged.length + unanswered.length, 'every batch sent was either answered 201 or cut off by the kill').toBe(sent)

    const restarted = await startServer(env)
    try {
      const stats = await (await fetch(`${restarted.baseUrl}/api/v1/stats`)).json() as { events: { total: number } }
      // Re-sending a batch is idempotent: all `duplicate` means every event of it is stored, all `created`
      // means none was; anything else would be a half-written batch.
      const statuses = async (batch: unknown[]) => {
        const reply = await post(restarted, batch)
        expect([200, 201]).toContain(reply.status)
        const body = await reply.json() as { events: { status: string }[] }
        return new Set(body.events.map((e) => e.status))
      }
      for (const batch of acknowledged) expect([...await statuses(batch)]).toEqual(['duplicate'])
      let whole = 0
      for (const batch of unanswered) {
        const seen = [...await statuses(batch)]
        expect(seen.length, 'a batch answered with both duplicate and created events was half written').toBe(1)
        if (seen[0] === 'duplicate') whole++
      }
      expect(stats.events.total).toBe(BATCH_SIZE * (1 + acknowledged.length + whole))
    } finally {
      await restarted.stop()
    }
  })
})
