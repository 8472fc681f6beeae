/**
 * `zhuisu backup` and `zhuisu restore` as an operator runs them, against a running SQLite platform: the backup
 * taken mid-stream holds whole batches only, restores into a new database and serves; restore refuses what it
 * must refuse and then leaves the target byte for byte as it was.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../../src/app.js'
import { loadConfig } from '../../../src/config.js'
import { buildServer, type Server } from '../../../src/http/server.js'
import { runCli, startServer, type ChildServer } from '../../support/child-platform.js'

const BATCH_SIZE = 50
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')
const folder = () => mkdtempSync(join(tmpdir(), 'zhuisu-backup-'))

const batch = () => Array.from({ length: BATCH_SIZE }, (_, i) => ({
  type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventID: `urn:uuid:${randomUUID()}`,
  eventTime: '2026-11-05T08:00:00+08:00', eventTimeZoneOffset: '+08:00', 'zs:category': 'agri',
  quantityList: [{ epcClass: `urn:epc:class:lgtin:6901234.000002.${randomUUID().slice(0, 8)}${i}`, quantity: 1, uom: 'KGM' }],
}))

async function capture(server: ChildServer, events: unknown[]): Promise<number> {
  const reply = await fetch(`${server.baseUrl}/api/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ events }) })
  await reply.body?.cancel()
  return reply.status
}

const eventCount = async (server: ChildServer) => ((await (await fetch(`${server.baseUrl}/api/v1/stats`)).json()) as { events: { total: number } }).events.total

/** Runs `work` on an in-process platform over `url`, then closes it (a stopped platform, for the CLI to act on). */
async function withPlatform<T>(url: string, work: (server: Server) => Promise<T>): Promise<T> {
  const app = await createApp(loadConfig({ DATABASE_URL: url, ZHUISU_DEMO: '0' }), { log: pino({ level: 'silent' }) })
  const server = await buildServer(app)
  try {
    return await work(server)
  } finally {
    await server.close()
    await app.close()
  }
}

/** A stopped platform database at a new path holding `batches` batches. */
async function platformWith(batches: number): Promise<string> {
  const url = `sqlite:${join(folder(), 'zhuisu.db')}`
  await withPlatform(url, async (server) => {
    for (let i = 0; i < batches; i++) expect((await server.inject({ method: 'POST', url: '/api/v1/events', payload: { events: batch() } })).statusCode).toBe(201)
  })
  return url
}

describe('zhuisu backup and restore on SQLite', () => {
  it('backs up a platform that keeps capturing, and the restored copy holds whole batches and serves them', async () => {
    const source = `sqlite:${join(folder(), 'zhuisu.db')}`
    const server = await startServer({ DATABASE_URL: source })
    const acknowledged: unknown[][] = []
    let stopping = false
    let startBackup!: () => void
    const streaming = new Promise<void>((resolve) => { startBackup = resolve })
    const writer = async () => {
      while (!stopping) {
        const events = batch()
        expect(await capture(server, events)).toBe(201)
        acknowledged.push(events)
        if (acknowledged.length === 5) startBackup()
      }
    }
    const writers = [writer(), writer()]
    await streaming
    const beforeBackup = [...acknowledged]
    const file = join(folder(), 'backup.db')
    const backup = await runCli(['backup', file], { DATABASE_URL: source })
    stopping = true
    await Promise.all(writers)
    expect(backup.code, backup.stderr).toBe(0)
    expect(backup.stdout).toMatch(/^Backed up sqlite:.* to .*backup\.db: \d+ events, schema \S+/)
    const total = await eventCount(server)
    await server.stop()

    const target = `sqlite:${join(folder(), 'restored.db')}`
    const restore = await runCli(['restore', file], { DATABASE_URL: target })
    expect(restore.code, restore.stderr).toBe(0)
    const restored = await startServer({ DATABASE_URL: target })
    try {
      const count = await eventCount(restored)
      expect(count % BATCH_SIZE, 'the backup holds a part of a batch').toBe(0)
      expect(count).toBeLessThanOrEqual(total)
      for (const events of beforeBackup) {
        const reply = await fetch(`${restored.baseUrl}/api/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ events }) })
        expect(((await reply.json()) as { created: number }).created, 'an event acknowledged before the backup is missing from it').toBe(0)
      }
    } finally {
      await restored.stop()
    }
  })

  it('refuses to restore over a database that holds data, unless --force', async () => {
    const backupSource = await platformWith(1)
    const file = join(folder(), 'one-batch.db')
    expect((await runCli(['backup', file], { DATABASE_URL: backupSource })).code).toBe(0)
    const target = await platformWith(2)
    const targetFile = target.slice('sqlite:'.length)
    const before = digest(targetFile)
    const refused = await runCli(['restore', file], { DATABASE_URL: target })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/^zhuisu restore: The database at .* holds data \(100 events\): stop the platform and add --force/)
    expect(digest(targetFile)).toBe(before)
    const forced = await runCli(['restore', file, '--force'], { DATABASE_URL: target })
    expect(forced.code, forced.stderr).toBe(0)
    expect(forced.stdout).toMatch(/50 events.*previous data was replaced/)
    const events = await withPlatform(target, async (server) => (await server.inject('/api/v1/stats')).json().events.total)
    expect(events).toBe(BATCH_SIZE)
  })

  it('refuses a file that is not an intact Zhuisu backup of a known schema, changing nothing', async () => {
    const target = await platformWith(1)
    const targetFile = target.slice('sqlite:'.length)
    const before = digest(targetFile)
    const dir = folder()
    const random = join(dir, 'random.db')
    writeFileSync(random, randomBytes(4096))
    const foreign = join(dir, 'foreign.db')
    new BetterSqlite3(foreign).exec('create table note (text)').close()
    const newer = join(dir, 'newer.db')
    expect((await runCli(['backup', newer], { DATABASE_URL: target })).code).toBe(0)
    new BetterSqlite3(newer).exec("insert into kysely_migration (name, timestamp) values ('2099-01-01T0000-from-the-future', '2099-01-01T00:00:00.000Z')").close()
    const cases: [string, RegExp][] = [
      [random, /is not an SQLite database/],
      [foreign, /not a Zhuisu one/],
      [newer, /newer schema than this build.*2099-01-01T0000-from-the-future/],
      [join(dir, 'missing.db'), /There is no file at/],
    ]
    const results = await Promise.all(cases.map(([file]) => runCli(['restore', file, '--force'], { DATABASE_URL: target })))
    cases.forEach(([file, message], i) => {
      expect(results[i].code, file).toBe(1)
      expect(results[i].stderr, file).toMatch(message)
    })
    expect(digest(targetFile)).toBe(before)
  })

  it('never overwrites a file with a backup, and points PostgreSQL to pg_dump', async () => {
    const source = await platformWith(1)
    const file = join(folder(), 'taken.db')
    writeFileSync(file, 'keep me')
    const result = await runCli(['backup', file], { DATABASE_URL: source })
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/already exists/)
    expect(readFileSync(file, 'utf8')).toBe('keep me')
    const missing = await runCli(['backup', join(folder(), 'b.db')], { DATABASE_URL: `sqlite:${join(folder(), 'nothing-here.db')}` })
    expect(missing.stderr).toMatch(/There is no SQLite database at/)
    const postgres = await runCli(['restore', file], { DATABASE_URL: 'postgres://root@127.0.0.1:5432/none' })
    expect(postgres.stderr).toMatch(/pg_restore.*docs\/operations\.md/)
    expect(existsSync(join(folder(), 'b.db'))).toBe(false)
  })
})
