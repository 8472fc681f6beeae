/**
 * The SQLite whole-file functions behind backup, restore and the start-up checks: a foreign or damaged file
 * is refused before SQLite opens it, inspection never changes a file, a backup taken by `VACUUM INTO` is a
 * complete database, and a replaced file brings no stale WAL with it.
 */
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DatabaseUnusableError } from '../../src/storage/dialect/dialect.js'
import { openSqlite, assertSqliteFile } from '../../src/storage/dialect/sqlite.js'
import { inspectSqliteFile, replaceSqliteFile } from '../../src/storage/dialect/sqlite-file.js'
import { migrateToLatest } from '../../src/storage/migrate.js'
import { MIGRATIONS } from '../../src/storage/migrations/index.js'

const dir = () => mkdtempSync(join(tmpdir(), 'zhuisu-sqlite-file-'))
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

/** A migrated platform database at `path` with `parties` rows in the party table, written through SQLite directly. */
async function makeDatabase(path: string, parties: number): Promise<void> {
  const dialect = openSqlite(path)
  await migrateToLatest(dialect)
  await dialect.close()
  const db = new BetterSqlite3(path)
  const columns = db.prepare<[], { name: string; notnull: number }>("select name, \"notnull\" from pragma_table_info('party')").all()
  const insert = db.prepare(`insert into party (${columns.map((c) => `"${c.name}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`)
  for (let i = 0; i < parties; i++) insert.run(columns.map((c) => (c.name === 'categories' || c.name === 'licences' ? '[]' : `${c.name}-${i}`)))
  db.close()
}

describe('SQLite database files', () => {
  it('refuses random bytes before opening them, and leaves them unchanged', () => {
    const path = join(dir(), 'random.db')
    writeFileSync(path, randomBytes(8192))
    const before = digest(path)
    expect(() => assertSqliteFile(path)).toThrow(DatabaseUnusableError)
    expect(() => openSqlite(path)).toThrow(/is not an SQLite database.*Nothing was changed/)
    expect(() => inspectSqliteFile(path)).toThrow(DatabaseUnusableError)
    expect(digest(path)).toBe(before)
    expect(existsSync(`${path}-wal`) || existsSync(`${path}-shm`)).toBe(false)
  })

  it('takes a missing or empty file for a new database, unless the file must exist', () => {
    const path = join(dir(), 'new.db')
    expect(() => assertSqliteFile(path)).not.toThrow()
    expect(() => openSqlite(path, { fileMustExist: true })).toThrow(/no SQLite database/)
    expect(existsSync(path)).toBe(false)
  })

  it('inspects a platform database without changing it', async () => {
    const path = join(dir(), 'platform.db')
    await makeDatabase(path, 3)
    const before = digest(path)
    expect(inspectSqliteFile(path)).toEqual({ migrations: Object.keys(MIGRATIONS), hasData: true, events: 0, integrity: 'ok' })
    expect(digest(path)).toBe(before)
    const empty = join(dir(), 'empty.db')
    await makeDatabase(empty, 0)
    expect(inspectSqliteFile(empty)).toMatchObject({ hasData: false, integrity: 'ok' })
    const foreign = join(dir(), 'foreign.db')
    new BetterSqlite3(foreign).exec('create table note (text)').close()
    expect(inspectSqliteFile(foreign).migrations).toEqual([])
  })

  it('backs up with VACUUM INTO while a write transaction is open, without its uncommitted rows', async () => {
    const path = join(dir(), 'live.db')
    await makeDatabase(path, 2)
    const writer = new BetterSqlite3(path)
    writer.exec('begin immediate')
    writer.prepare("update party set name = 'uncommitted'").run()
    const dialect = openSqlite(path, { fileMustExist: true })
    const copy = join(dir(), 'copy.db')
    await dialect.backupTo(copy)
    await dialect.close()
    writer.exec('rollback')
    writer.close()
    expect(inspectSqliteFile(copy)).toMatchObject({ migrations: Object.keys(MIGRATIONS), hasData: true, integrity: 'ok' })
    const names = new BetterSqlite3(copy, { readonly: true }).prepare<[], string>('select name from party').pluck().all()
    expect(names).toEqual(['name-0', 'name-1'])
  })

  it('replaces a database file and drops the old WAL, so none of the old pages come back', async () => {
    const folder = dir()
    const target = join(folder, 'target.db')
    const source = join(folder, 'source.db')
    await makeDatabase(target, 5)
    await makeDatabase(source, 1)
    // Leave committed pages in the target's WAL, as a killed server would.
    const open = new BetterSqlite3(target)
    open.pragma('wal_autocheckpoint = 0')
    open.prepare("update party set name = 'in the wal'").run()
    writeFileSync(join(folder, 'copy-of-wal'), readFileSync(`${target}-wal`))
    open.close()
    writeFileSync(`${target}-wal`, readFileSync(join(folder, 'copy-of-wal')))
    replaceSqliteFile(target, source)
    expect(existsSync(`${target}-wal`)).toBe(false)
    const names = new BetterSqlite3(target, { readonly: true }).prepare<[], string>('select name from party').pluck().all()
    expect(names).toEqual(['name-0'])
  })
})
