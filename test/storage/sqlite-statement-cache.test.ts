import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { withStatementCache } from '../../src/storage/dialect/sqlite.js'

describe('SQLite statement cache', () => {
  it('prepares a statement once and keeps every other method of the connection', () => {
    const connection = new BetterSqlite3(':memory:')
    const cached = withStatementCache(connection)
    const first = cached.prepare('select 1 as one')
    expect(cached.prepare('select 1 as one')).toBe(first)
    expect(cached.prepare('select 2 as two')).not.toBe(first)
    expect(first.get()).toEqual({ one: 1 })
    expect(cached.inTransaction).toBe(false)
    cached.exec('create table t (x integer)')
    expect(cached.prepare('select count(*) as n from t').get()).toEqual({ n: 0 })
    connection.close()
  })
})
