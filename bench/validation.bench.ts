/**
 * The data standard's cost (issue 4). Events: `exampleEvent()` for every category, stage and step, each copy
 * given its own eventTime so that capture stores every one instead of answering `duplicate`.
 *
 * (a) Validation throughput: `parseEvent` + `checkEventAgainstStandard`, events/s, beside `parseEvent` alone.
 * (b) Share of capture time: the full capture service (batches of 1,000, the standard check included) is timed
 *     on a fresh database; `checkEventAgainstStandard` alone is timed on the same events, already parsed, in the
 *     same run. Capture has no switch to skip the check and production code gets none just for a bench, so
 *     "capture without the check" is full capture time minus the check time, and the added share is
 *     check / (capture − check). Goal: validation adds ≤ 20 % to capture time.
 */
import { CATEGORY_CODES } from '../src/domain/categories.js'
import type { TraceEvent } from '../src/domain/events/event.js'
import { parseEvent, type ParseContext } from '../src/domain/events/parse-event.js'
import { exampleEvent } from '../src/domain/standards/examples.js'
import { allSteps, STANDARD } from '../src/domain/standards/standard.js'
import { checkEventAgainstStandard } from '../src/domain/standards/validate-standard.js'
import { captureEvents } from '../src/services/capture/capture-events.js'
import type { EngineName } from '../src/storage/dialect/dialect.js'
import { benchApp, benchDatabase, round, type Figure } from './support.js'

const BATCH_SIZE = 1000
const GOAL_ADDED_PERCENT = 20
const FIRST_EVENT_MS = Date.parse('2026-11-01T00:00:00.000Z')

/** `count` events cycling through every category's every step, each with its own eventTime (one second apart). */
export function standardEvents(count: number): Record<string, unknown>[] {
  const templates = CATEGORY_CODES.flatMap((category) => allSteps(STANDARD[category]).map(({ stage, step }) => exampleEvent(category, stage, step)))
  return Array.from({ length: count }, (_, i) => ({ ...templates[i % templates.length], eventTime: new Date(FIRST_EVENT_MS + i * 1000).toISOString() }))
}

const context = (index: number): ParseContext => ({ pointer: `/events/${index}`, now: '2026-11-23T00:00:00.000Z', makeEventId: (hash) => hash })

function seconds(work: () => void): number {
  const started = process.hrtime.bigint()
  work()
  return Number(process.hrtime.bigint() - started) / 1e9
}

function parseAll(raw: Record<string, unknown>[]): TraceEvent[] {
  return raw.map((event, i) => {
    const result = parseEvent(event, context(i))
    if (!result.ok) throw new Error(`example event ${i} does not parse: ${JSON.stringify(result.issues)}`)
    return result.event
  })
}

function checkAll(events: TraceEvent[]): number {
  return events.reduce((issues, event, i) => issues + checkEventAgainstStandard(event, `/events/${i}`).issues.length, 0)
}

/** Pure validation (no database): the same figures on every engine, so it runs once. */
export function benchValidationThroughput(count: number): Figure[] {
  const raw = standardEvents(count)
  let rejected = 0
  const parseAndCheck = () => parseAll(raw).forEach((event, i) => { if (checkEventAgainstStandard(event, `/events/${i}`).issues.length > 0) rejected++ })
  // A full untimed pass first: without it the first timed loop pays for V8's optimisation of both.
  parseAndCheck()
  if (rejected > 0) throw new Error(`${rejected} example events fail the data standard`)
  const parseSeconds = seconds(() => parseAll(raw))
  const bothSeconds = seconds(parseAndCheck)
  const parsed = parseAll(raw)
  const checkSeconds = seconds(() => checkAll(parsed))
  return [
    { benchmark: 'validation: parse + standard check', engine: 'none', value: round(count / bothSeconds, 0), unit: 'events/s', note: `${count} events, every category and step` },
    { benchmark: 'validation: parse only (baseline)', engine: 'none', value: round(count / parseSeconds, 0), unit: 'events/s' },
    { benchmark: 'validation: standard check only', engine: 'none', value: round(count / checkSeconds, 0), unit: 'events/s', note: 'on parsed events' },
  ]
}

export async function benchValidationShare(engine: EngineName, count: number): Promise<Figure[]> {
  const database = await benchDatabase(engine, 'validation')
  try {
    const app = await benchApp(database.url)
    const raw = standardEvents(count)
    const deps = { store: app.store, clock: app.clock, log: app.log, captureLimit: BATCH_SIZE }
    const started = process.hrtime.bigint()
    for (let offset = 0; offset < raw.length; offset += BATCH_SIZE) {
      const report = await captureEvents(deps, raw.slice(offset, offset + BATCH_SIZE), '/events')
      if (report.created !== Math.min(BATCH_SIZE, raw.length - offset)) throw new Error(`capture created ${report.created} of a batch: the bench events collide`)
    }
    const captureSeconds = Number(process.hrtime.bigint() - started) / 1e9
    await app.close()

    const parsed = parseAll(raw)
    const checkSeconds = seconds(() => checkAll(parsed))
    const addedPercent = (100 * checkSeconds) / (captureSeconds - checkSeconds)
    return [
      { benchmark: 'capture with standard check', engine, value: round(count / captureSeconds, 0), unit: 'events/s', note: `${count} events, batches of ${BATCH_SIZE}` },
      { benchmark: 'capture without check (derived)', engine, value: round(count / (captureSeconds - checkSeconds), 0), unit: 'events/s', note: 'capture time − check time' },
      {
        benchmark: 'validation added to capture time', engine, value: round(addedPercent, 1), unit: '%',
        goal: `≤ ${GOAL_ADDED_PERCENT} %`, met: addedPercent <= GOAL_ADDED_PERCENT,
      },
    ]
  } finally {
    await database.drop()
  }
}
