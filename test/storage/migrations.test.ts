/** Migrations: one set for both engines; a database with a newer schema is refused untouched. */
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { openDialect } from '../../src/storage/dialect/open.js'
import { migrateToLatest } from '../../src/storage/migrate.js'
import { MIGRATIONS } from '../../src/storage/migrations/index.js'
import { openStore } from '../../src/storage/store.js'
import { engines, freshDatabaseUrl } from '../support/engines.js'

describe.each(engines())('migrations on %s', (engine) => {
  it('applies every migration once and is a no-op the second time', async () => {
    const url = await freshDatabaseUrl(engine)
    const dialect = openDialect(url === 'sqlite::memory:' ? `sqlite:${tmpFile()}` : url)
    try {
      expect((await migrateToLatest(dialect)).applied).toEqual(Object.keys(MIGRATIONS))
      expect((await migrateToLatest(dialect)).applied).toEqual([])
    } finally {
      await dialect.close()
    }
  })

  it('refuses to start on a database migrated by a newer build', async () => {
    const base = await freshDatabaseUrl(engine)
    const url = base === 'sqlite::memory:' ? `sqlite:${tmpFile()}` : base
    const dialect = openDialect(url)
    await migrateToLatest(dialect)
    await sql`insert into kysely_migration (name, timestamp) values ('2099-01-01T0000-from-the-future', '2099-01-01T00:00:00.000Z')`.execute(dialect.db)
    await dialect.close()
    await expect(openStore(url)).rejects.toThrow(/2099-01-01T0000-from-the-future|missing|corrupted/i)
  })
})

function tmpFile(): string {
  return `${process.env.TMPDIR ?? '/tmp'}/zhuisu-migrate-${process.pid}-${Math.random().toString(36).slice(2)}.db`
}
