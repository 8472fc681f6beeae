import { v7 as uuidv7 } from 'uuid'

/** Row ids: UUIDv7 text, time-ordered so inserts stay at the end of indexes. */
export function newRowId<T extends string>(): T {
  return uuidv7() as T
}
