/**
 * One demo database per engine and size, shared by the benchmarks that need a large database (console,
 * trace/public, impact): loading 1,000,000 events takes minutes, so a run loads it once per engine and each
 * benchmark adds its own small fixture on top (the console runs first, on the demo alone). The load itself is
 * a figure: demo events per second through the capture pipeline.
 */
import type { App } from '../src/app.js'
import { loadDemo } from '../src/services/demo/load-demo.js'
import type { EngineName } from '../src/storage/dialect/dialect.js'
import { benchApp, benchDatabase, round, type BenchDatabase, type Figure } from './support.js'

export interface LargeDemo {
  engine: EngineName
  size: number
  app: App
  events: number
  /** The load's figure, reported once per engine. */
  load: Figure
  /** The process's peak resident memory since the load began, in bytes (sampled every 200 ms). */
  peakRss(): number
}

const loaded = new Map<string, { database: BenchDatabase; demo: Promise<LargeDemo>; sampler: NodeJS.Timeout }>()

async function load(engine: EngineName, size: number, database: BenchDatabase, peak: { rss: number }): Promise<LargeDemo> {
  const app = await benchApp(database.url)
  const started = process.hrtime.bigint()
  const summary = await loadDemo(app, { events: size, seed: 1 })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  return {
    engine, size, app, events: summary.events,
    load: { benchmark: 'demo load', engine, value: round(summary.events / seconds, 0), unit: 'events/s', note: `${summary.events} events in ${round(seconds, 1)} s` },
    peakRss: () => Math.max(peak.rss, process.memoryUsage().rss),
  }
}

/** The engine's demo database of `size` events, loaded on first use. */
export async function largeDemo(engine: EngineName, size: number): Promise<LargeDemo> {
  const key = `${engine}:${size}`
  let entry = loaded.get(key)
  if (!entry) {
    const database = await benchDatabase(engine, 'large')
    const peak = { rss: process.memoryUsage().rss }
    const sampler = setInterval(() => {
      peak.rss = Math.max(peak.rss, process.memoryUsage().rss)
    }, 200)
    entry = { database, demo: load(engine, size, database, peak), sampler }
    loaded.set(key, entry)
  }
  return entry.demo
}

/** Closes and drops every large database of `engine`, returning their load figures. */
export async function dropLargeDemos(engine: EngineName): Promise<Figure[]> {
  const figures: Figure[] = []
  for (const [key, entry] of [...loaded]) {
    if (!key.startsWith(`${engine}:`)) continue
    loaded.delete(key)
    clearInterval(entry.sampler)
    try {
      const demo = await entry.demo
      figures.push(demo.load)
      await demo.app.close()
    } finally {
      await entry.database.drop()
    }
  }
  return figures
}
