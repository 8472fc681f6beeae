/**
 * `zhuisu serve` (and `migrate`) on a database it must not use fails fast, says why and what to do, and
 * changes nothing: a schema written by a newer build, a corrupt SQLite file, an unreachable PostgreSQL.
 */
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../support/child-platform.js'
import { engines, freshDatabaseUrl } from '../../support/engines.js'

/** The PostgreSQL pool's connection timeout (src/storage/dialect/postgres.ts) plus start-up time under load. */
const UNREACHABLE_REPORTED_WITHIN_MS = 20_000

const folder = () => mkdtempSync(join(tmpdir(), 'zhuisu-startup-'))
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

describe('start-up on a database it must not use', () => {
  it('refuses a corrupt SQLite file with a clear message and leaves its bytes and folder unchanged', async () => {
    const dir = folder()
    const file = join(dir, 'zhuisu.db')
    writeFileSync(file, randomBytes(64 * 1024))
    const before = digest(file)
    for (const command of ['serve', 'migrate']) {
      const result = await runCli([command], { DATABASE_URL: `sqlite:${file}` })
      expect(result.code, command).toBe(1)
      expect(result.stderr, command).toMatch(/Zhuisu could not start: .*zhuisu\.db is not an SQLite database .*Nothing was changed\. Restore it from a backup/)
      expect(result.stderr, command).not.toMatch(/\n\s+at /)
    }
    expect(digest(file)).toBe(before)
    expect(readdirSync(dir)).toEqual(['zhuisu.db'])
  })

  it('refuses a SQLite file whose header is intact but whose pages are not, without changing it', async () => {
    const dir = folder()
    const file = join(dir, 'zhuisu.db')
    const db = new BetterSqlite3(file)
    db.exec("create table kysely_migration (name text primary key, timestamp text); insert into kysely_migration values ('x', 'y')")
    db.close()
    const bytes = readFileSync(file)
    randomBytes(bytes.length - 100).copy(bytes, 100)
    writeFileSync(file, bytes)
    const before = digest(file)
    const result = await runCli(['serve'], { DATABASE_URL: `sqlite:${file}` })
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/Zhuisu could not start: .*(damaged|not an SQLite|malformed)/)
    expect(digest(file)).toBe(before)
    expect(existsSync(`${file}-wal`) && readFileSync(`${file}-wal`).length > 0).toBe(false)
  })

  it('reports an unreachable PostgreSQL within seconds, naming the server but not the password', async () => {
    for (const url of ['postgres://zhuisu:s3cret@127.0.0.1:1/zhuisu', 'postgres://zhuisu:s3cret@10.255.255.1:5432/zhuisu']) {
      const started = Date.now()
      const result = await runCli(['serve'], { DATABASE_URL: url })
      expect(Date.now() - started, url).toBeLessThan(UNREACHABLE_REPORTED_WITHIN_MS)
      expect(result.code, url).toBe(1)
      expect(result.stderr, url).toMatch(/Zhuisu could not start: PostgreSQL at [\d.]+:\d+\/zhuisu cannot be used: .+Check DATABASE_URL and that the server is running/)
      expect(result.stderr, url).not.toMatch(/s3cret/)
    }
  })
})

const FUTURE_MIGRATION = "insert into kysely_migration (name, timestamp) values ('2099-01-01T0000-from-the-future', '2099-01-01T00:00:00.000Z')"

/** Runs one statement on the database at `url` outside the platform, as a newer build or an operator would. */
async function runSql(url: string, statement: string): Promise<unknown[]> {
  if (url.startsWith('sqlite:')) {
    const db = new BetterSqlite3(url.slice('sqlite:'.length))
    try {
      const prepared = db.prepare(statement)
      return prepared.reader ? prepared.all() : [prepared.run()]
    } finally {
      db.close()
    }
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(statement)).rows
  } finally {
    await client.end()
  }
}

describe.each(engines())('start-up on a newer schema on %s', (engine) => {
  it('refuses the database, says it is newer, and writes nothing (not even demo data)', async () => {
    const url = engine === 'sqlite' ? `sqlite:${join(folder(), 'zhuisu.db')}` : await freshDatabaseUrl(engine)
    expect((await runCli(['migrate'], { DATABASE_URL: url })).code).toBe(0)
    await runSql(url, FUTURE_MIGRATION)
    const file = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : undefined
    const before = file && digest(file)
    const result = await runCli(['serve'], { DATABASE_URL: url, ZHUISU_DEMO: '1' })
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/Zhuisu could not start: The database has a newer schema than this build of Zhuisu: it records migration 2099-01-01T0000-from-the-future.*Nothing was changed/)
    if (file) expect(digest(file)).toBe(before)
    expect(await runSql(url, 'select cast(count(*) as integer) as n from party')).toEqual([{ n: 0 }])
  })
})
