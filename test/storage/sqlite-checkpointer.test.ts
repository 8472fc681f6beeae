/**
 * The SQLite WAL is checkpointed by a worker thread beside the writer (src/storage/dialect/sqlite-checkpointer.ts):
 * what the writer commits reaches the database file without the writer checkpointing (its own threshold is far
 * above what is written here), and closing stops the worker first, so the writer's close folds the WAL back.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { openSqlite } from '../../src/storage/dialect/sqlite.js'
import { BACKSTOP_PAGES } from '../../src/storage/dialect/sqlite-checkpointer.js'

const PAGE = 4096
const ROWS = 2000
const ROW_BYTES = 2000

describe('background WAL checkpoints on SQLite', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  const fill = async (db: Kysely<any>) => {
    await db.schema.createTable('blob').addColumn('id', 'integer', (c) => c.primaryKey()).addColumn('data', 'text').execute()
    await db.transaction().execute(async (tx) => {
      for (let i = 0; i < ROWS; i += 100) {
        await tx.insertInto('blob').values(Array.from({ length: 100 }, (_, k) => ({ id: i + k, data: 'x'.repeat(ROW_BYTES) }))).execute()
      }
    })
  }

  it('copies committed pages into the database file while the writer only appends to the WAL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhuisu-ckpt-'))
    dirs.push(dir)
    const file = join(dir, 'platform.db')
    const dialect = openSqlite(file)
    expect(ROWS * ROW_BYTES / PAGE).toBeLessThan(BACKSTOP_PAGES)
    await fill(dialect.db as Kysely<any>)
    // The data (about 4 MB) is in the WAL; the worker copies it into the file within a few of its ticks.
    await expect.poll(() => statSync(file).size, { timeout: 10_000, interval: 100 }).toBeGreaterThan((ROWS * ROW_BYTES) / 2)
    const count = await (dialect.db as Kysely<any>).selectFrom('blob').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()
    expect(Number(count.n)).toBe(ROWS)
    await dialect.close()
    expect(existsSync(`${file}-wal`)).toBe(false)
  })

  it('runs no worker for an in-memory database and closes it cleanly', async () => {
    const dialect = openSqlite(':memory:')
    await fill(dialect.db as Kysely<any>)
    await dialect.close()
    expect(true).toBe(true)
  })
})
