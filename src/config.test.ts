import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.js'

describe('loadConfig', () => {
  it('runs on embedded SQLite with demo data on port 3000 when nothing is set', () => {
    expect(loadConfig({})).toMatchObject({ port: 3000, databaseUrl: 'sqlite:./data/zhuisu.db', demo: true, adminToken: undefined })
  })

  it('selects PostgreSQL from DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://root@127.0.0.1:5432/test' }).databaseUrl).toBe('postgres://root@127.0.0.1:5432/test')
  })

  it('reports every bad variable at once, naming each and what it needs', () => {
    let error: unknown
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', ZHUISU_DEMO: 'yes', ZHUISU_ADMIN_TOKEN: 'short' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigError)
    const problems = (error as ConfigError).problems
    expect(problems).toHaveLength(4)
    expect(problems.join('\n')).toMatch(/PORT=eighty.*whole number/)
    expect(problems.join('\n')).toMatch(/DATABASE_URL=mysql:\/\/x: must be sqlite:<path> or postgres/)
    expect(problems.join('\n')).toMatch(/ZHUISU_DEMO=yes/)
    expect(problems.join('\n')).toMatch(/ZHUISU_ADMIN_TOKEN: must be at least 16/)
  })

  it('never prints a database password', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://user:secret@host/db' })).toThrow(/user:\*\*\*@host/)
  })

  it('returns a frozen config', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true)
  })
})
