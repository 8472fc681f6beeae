/** Every difference between the two engines lives behind this interface (STYLE §1). */
import type { Insertable, Kysely, RawBuilder, SqlBool } from 'kysely'
import type { Database } from '../schema.js'

export type TableName = keyof Database

export type EngineName = 'sqlite' | 'postgres'

/**
 * The database cannot be used as it is: unreachable, not a database, or written by a newer build. The message
 * says what to do; whoever throws it has changed nothing.
 */
export class DatabaseUnusableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'DatabaseUnusableError'
  }
}

export interface Dialect {
  readonly engine: EngineName
  readonly db: Kysely<Database>
  /** Largest number of bound parameters one statement may carry. */
  readonly maxParameters: number
  /**
   * Appends rows to a table through `executor` (the database or an open transaction). The bulk path of
   * capture: SQLite reuses one prepared statement per table and column set; PostgreSQL sends multi-row
   * inserts under its parameter limit. Every row must have the same columns.
   */
  insertRows<T extends TableName>(executor: Kysely<Database>, table: T, rows: Insertable<Database[T]>[]): Promise<void>
  /**
   * `column` is one of `values`, with all the values in one bound parameter (SQLite: `in (select value from
   * json_each(?))`; PostgreSQL: `= any(?::text[])`). The statement's text is the same whatever the count, so
   * it is compiled and prepared once, and a list of 10,000 ids needs no chunking under the parameter limit.
   */
  anyOf(column: string, values: readonly string[]): RawBuilder<SqlBool>
  /** True when the error is a unique-constraint violation. */
  isUniqueViolation(error: unknown): boolean
  /**
   * The schema that holds the migration history (PostgreSQL: the first schema of search_path, so several
   * platforms or test runs can share one database; SQLite: none).
   */
  migrationSchema(): Promise<string | undefined>
  /** Answers when the database is reachable; else throws a DatabaseUnusableError saying why. */
  ping(): Promise<void>
  /**
   * Writes a consistent copy of the whole database to `file` while others keep reading and writing
   * (SQLite: `VACUUM INTO`, one read transaction). PostgreSQL throws: its tool is pg_dump.
   */
  backupTo(file: string): Promise<void>
  close(): Promise<void>
}
