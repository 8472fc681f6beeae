import { randomFillSync } from 'node:crypto'
import { v7 as uuidv7 } from 'uuid'

/** Random bytes for ids come from a pool refilled 4 KiB at a time: one system call per 256 ids, not per id. */
const POOL_BYTES = 4096
const ID_RANDOM_BYTES = 16
const pool = new Uint8Array(POOL_BYTES)
let offset = POOL_BYTES

function random16(): Uint8Array {
  if (offset + ID_RANDOM_BYTES > POOL_BYTES) {
    randomFillSync(pool)
    offset = 0
  }
  const bytes = pool.subarray(offset, offset + ID_RANDOM_BYTES)
  offset += ID_RANDOM_BYTES
  return bytes
}

/** Row ids: UUIDv7 text, time-ordered so inserts stay at the end of indexes. */
export function newRowId<T extends string>(): T {
  return uuidv7({ random: random16() }) as T
}
