import { Kysely, PostgresDialect, sql, type SqlBool } from 'kysely'
import pg from 'pg'
import type { Database } from '../schema.js'
import { chunkRows } from '../chunk.js'
import { DatabaseUnusableError, type Dialect } from './dialect.js'

/** The PostgreSQL wire protocol carries at most 65,535 parameters per statement. */
const POSTGRES_MAX_PARAMETERS = 65_535
const INT8_OID = 20
const CONNECT_TIMEOUT_MS = 5_000
const POOL_SIZE = 10

/** host:port/database of a connection URL, without its user or password, for messages. */
function serverOf(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.host}${parsed.pathname}`
  } catch {
    return 'the configured address'
  }
}

export function openPostgres(url: string): Dialect {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, connectionTimeoutMillis: CONNECT_TIMEOUT_MS })
  // bigint columns hold quantities in thousandths, bounded by MAX_QUANTITY well inside 2^53.
  pool.on('connect', (client) => {
    client.setTypeParser(INT8_OID, (value: string) => Number(value))
  })
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return {
    engine: 'postgres',
    db,
    maxParameters: POSTGRES_MAX_PARAMETERS,
    insertRows: async (executor, table, rows) => {
      if (rows.length === 0) return
      for (const chunk of chunkRows(rows, Object.keys(rows[0]).length, POSTGRES_MAX_PARAMETERS)) {
        await executor.insertInto(table).values(chunk as never).execute()
      }
    },
    anyOf: (column, values) => sql<SqlBool>`${sql.ref(column)} = any(${sql.val([...values])}::text[])`,
    isUniqueViolation: (error) => (error as { code?: string })?.code === '23505',
    migrationSchema: async () => {
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db)
      return rows[0]?.schema
    },
    ping: async () => {
      try {
        await sql`select 1`.execute(db)
      } catch (error) {
        throw new DatabaseUnusableError(`PostgreSQL at ${serverOf(url)} cannot be used: ${(error as Error).message || (error as { code?: string }).code}. Check DATABASE_URL and that the server is running and accepts this user. Nothing was changed.`, { cause: error })
      }
    },
    backupTo: async () => {
      throw new DatabaseUnusableError('A PostgreSQL platform is backed up with pg_dump and restored with pg_restore (see docs/operations.md).')
    },
    close: () => db.destroy(),
  }
}
