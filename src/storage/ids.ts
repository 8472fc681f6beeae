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

// Ids made in the same millisecond count up (RFC 9562 §6.2, method 1), so ordering by id keeps the order in
// which this process wrote rows — histories written at one instant (a fixed clock, a fast batch) stay in order.
const state = { msecs: -Infinity, seq: 0 }

/** Row ids: UUIDv7 text, time-ordered so inserts stay at the end of indexes, and monotonic within a process. */
export function newRowId<T extends string>(): T {
  const random = random16()
  const now = Date.now()
  if (now > state.msecs) {
    state.msecs = now
    state.seq = ((random[6] & 0x7f) << 24) | (random[7] << 16) | (random[8] << 8) | random[9]
  } else {
    state.seq = (state.seq + 1) | 0
    if (state.seq === 0) state.msecs++
  }
  return uuidv7({ random, msecs: state.msecs, seq: state.seq }) as T
}
