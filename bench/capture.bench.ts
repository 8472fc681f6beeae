/**
 * Capture throughput (events/s, batches of 1,000) against a raw-insert baseline of the very same rows in
 * the same run: the rows one capture wrote are read back and inserted again into an empty database with
 * plain multi-row inserts — no parsing, validation, look-ups or idempotency checks.
 * Goals (issue 3): ≥ 30,000 events/s on SQLite and ≥ 50 % of the raw baseline.
 */
import { captureEvents } from '../src/services/capture/capture-events.js'
import { openDialect } from '../src/storage/dialect/open.js'
import { chunkRows } from '../src/storage/chunk.js'
import type { EngineName } from '../src/storage/dialect/dialect.js'
import { benchApp, benchDatabase, round, type Figure } from './support.js'
import { syntheticBatches } from './synthetic-events.js'
import { completeUscc } from '../src/domain/identifiers/uscc.js'

const BATCH_SIZE = 1000
const TABLES = ['trace_unit', 'event', 'lineage', 'custody'] as const

export async function benchCapture(engine: EngineName, totalEvents: number): Promise<Figure[]> {
  const captured = await benchDatabase(engine, 'capture')
  const raw = await benchDatabase(engine, 'raw')
  try {
    const app = await benchApp(captured.url)
    const parties = Array.from({ length: 50 }, (_, i) => completeUscc(`91441400MA${String(i).padStart(6, '0')}`))
    const batches = syntheticBatches(totalEvents, BATCH_SIZE, 7, parties)
    const deps = { store: app.store, clock: app.clock, log: app.log, captureLimit: BATCH_SIZE }
    const started = process.hrtime.bigint()
    for (const batch of batches) await captureEvents(deps, batch, '/events')
    const captureSeconds = Number(process.hrtime.bigint() - started) / 1e9
    await app.close()

    // The raw baseline: the same rows, re-inserted batch by batch into an empty schema.
    const source = openDialect(captured.url)
    const rows = Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await source.db.selectFrom(t).selectAll().execute()] as const)))
    await source.close()
    const target = await benchApp(raw.url)
    await target.close()
    const sink = openDialect(raw.url)
    const perBatch = (table: (typeof TABLES)[number]) => Math.ceil(rows[table].length / batches.length)
    const rawStarted = process.hrtime.bigint()
    for (let b = 0; b < batches.length; b++) {
      await sink.db.transaction().execute(async (trx) => {
        for (const table of TABLES) {
          const slice = rows[table].slice(b * perBatch(table), (b + 1) * perBatch(table))
          const columns = slice[0] ? Object.keys(slice[0]).length : 1
          for (const chunk of chunkRows(slice, columns, sink.maxParameters)) {
            if (chunk.length > 0) await trx.insertInto(table).values(chunk as never).execute()
          }
        }
      })
    }
    const rawSeconds = Number(process.hrtime.bigint() - rawStarted) / 1e9
    await sink.close()

    const captureRate = totalEvents / captureSeconds
    const rawRate = totalEvents / rawSeconds
    const ratio = captureRate / rawRate
    return [
      { benchmark: 'capture throughput', engine, value: round(captureRate, 0), unit: 'events/s', goal: engine === 'sqlite' ? '≥ 30000' : undefined, met: engine === 'sqlite' ? captureRate >= 30_000 : undefined },
      { benchmark: 'raw-insert baseline', engine, value: round(rawRate, 0), unit: 'events/s' },
      { benchmark: 'capture / raw baseline', engine, value: round(ratio, 2), unit: '×', goal: '≥ 0.5', met: ratio >= 0.5 },
    ]
  } finally {
    await captured.drop()
    await raw.drop()
  }
}
