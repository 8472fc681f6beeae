/** The engines every storage test runs on, and a fresh, migrated store on each. */
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { afterAll, inject } from 'vitest'
import type { EngineName } from '../../src/storage/dialect/dialect.js'
import { openStore, type Store } from '../../src/storage/store.js'

export function engines(): EngineName[] {
  return inject('postgresUrl') ? ['sqlite', 'postgres'] : ['sqlite']
}

const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()))
})

/** A database URL for a new, empty database on the engine; dropped after the test file. */
export async function freshDatabaseUrl(engine: EngineName): Promise<string> {
  if (engine === 'sqlite') return 'sqlite::memory:'
  const base = inject('postgresUrl')
  if (!base) throw new Error('PostgreSQL is not available in this run')
  const schema = `s_${randomUUID().replace(/-/g, '')}`
  const client = new pg.Client({ connectionString: base })
  await client.connect()
  await client.query(`create schema ${schema}`)
  await client.end()
  cleanups.push(async () => {
    const dropper = new pg.Client({ connectionString: base })
    await dropper.connect()
    await dropper.query(`drop schema if exists ${schema} cascade`)
    await dropper.end()
  })
  const url = new URL(base)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return url.toString()
}

export async function freshStore(engine: EngineName): Promise<Store> {
  const store = await openStore(await freshDatabaseUrl(engine))
  cleanups.unshift(() => store.close())
  return store
}
