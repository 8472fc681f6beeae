/** Every difference between the two engines lives behind this interface (STYLE §1). */
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

export type EngineName = 'sqlite' | 'postgres'

export interface Dialect {
  readonly engine: EngineName
  readonly db: Kysely<Database>
  /** Largest number of bound parameters one statement may carry. */
  readonly maxParameters: number
  /** True when the error is a unique-constraint violation. */
  isUniqueViolation(error: unknown): boolean
  /**
   * The schema that holds the migration history (PostgreSQL: the first schema of search_path, so several
   * platforms or test runs can share one database; SQLite: none).
   */
  migrationSchema(): Promise<string | undefined>
  /** Answers when the database is reachable. */
  ping(): Promise<void>
  close(): Promise<void>
}
