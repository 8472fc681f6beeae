/**
 * PostgreSQL platforms back up with pg_dump and restore with pg_restore, as docs/operations.md says: the
 * documented commands, run against a platform database with data, restore into a new database that the
 * platform opens and answers from with the same counts and events.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import pino from 'pino'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { createApp } from '../../../src/app.js'
import { loadConfig } from '../../../src/config.js'
import { buildServer, type Server } from '../../../src/http/server.js'
import { capture, makeParty } from '../../support/factories.js'

const run = promisify(execFile)
const adminUrl = inject('postgresUrl')
const created: string[] = []

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl! })
  await client.connect()
  await client.query(statement)
  await client.end()
}

/** A new, empty database on the test server, dropped after the file. */
async function newDatabase(label: string): Promise<string> {
  const name = `zhuisu_${label}_${process.pid}_${Date.now().toString(36)}`
  await admin(`create database ${name}`)
  created.push(name)
  const url = new URL(adminUrl!)
  url.pathname = `/${name}`
  return url.toString()
}

afterAll(async () => {
  for (const name of created.splice(0)) await admin(`drop database if exists ${name} with (force)`)
})

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

describe.skipIf(!adminUrl)('pg_dump and pg_restore of a PostgreSQL platform', () => {
  it('restores a dump into a new database that serves the same data', async () => {
    const source = await newDatabase('dump_source')
    const eventId = 'urn:uuid:2f1c7d0e-5b7a-4e57-9d43-6c1f0a9b1e01'
    const before = await withPlatform(source, async (server) => {
      const farm = await makeParty(server, '梅县金柚合作社', 'farm', '441403')
      const reply = await capture(server, [{
        type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventID: eventId, eventTime: '2026-11-05T08:00:00+08:00',
        'zs:party': farm.uscc, bizLocation: { id: farm.siteId }, 'zs:category': 'agri',
        quantityList: [{ epcClass: 'urn:epc:class:lgtin:6901234.000002.GY2611', quantity: 1200, uom: 'KGM' }],
      }])
      expect(reply.statusCode, reply.body).toBe(201)
      return (await server.inject('/api/v1/stats')).json()
    })
    expect(before.events.total).toBe(1)

    const file = join(mkdtempSync(join(tmpdir(), 'zhuisu-pgdump-')), 'zhuisu.dump')
    await run('pg_dump', ['--format=custom', `--file=${file}`, source])
    const target = await newDatabase('dump_target')
    await run('pg_restore', ['--no-owner', `--dbname=${target}`, file])

    await withPlatform(target, async (server) => {
      expect((await server.inject('/api/v1/stats')).json()).toEqual(before)
      const event = await server.inject(`/api/v1/events/${encodeURIComponent(eventId)}`)
      expect(event.statusCode).toBe(200)
      expect(event.json().event).toMatchObject({ eventID: eventId, bizStep: 'commissioning' })
    })
  })
})
