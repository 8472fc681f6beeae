/** Shared pieces of the benchmarks: databases on both engines, timing, percentiles, the report. */
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import pino from 'pino'
import type { App } from '../src/app.js'
import { createApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import type { EngineName } from '../src/storage/dialect/dialect.js'

export const POSTGRES_URL = process.env.ZHUISU_BENCH_POSTGRES_URL || 'postgres://root@127.0.0.1:5432/test'

export interface BenchDatabase {
  engine: EngineName
  url: string
  drop(): Promise<void>
}

let counter = 0

/** A new, empty database: a SQLite file in the temp folder, or a PostgreSQL database dropped afterwards. */
export async function benchDatabase(engine: EngineName, label: string): Promise<BenchDatabase> {
  counter++
  if (engine === 'sqlite') {
    const file = join(tmpdir(), `zhuisu-bench-${label}-${process.pid}-${counter}.db`)
    const { rm } = await import('node:fs/promises')
    return { engine, url: `sqlite:${file}`, drop: async () => { for (const suffix of ['', '-wal', '-shm']) await rm(file + suffix, { force: true }) } }
  }
  // A label may hold characters an unquoted PostgreSQL name may not (alerts-rules-on).
  const name = `zhuisu_bench_${label.replace(/[^a-z0-9_]/gi, '_')}_${process.pid}_${counter}`
  const admin = new pg.Client({ connectionString: POSTGRES_URL })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(POSTGRES_URL)
  url.pathname = `/${name}`
  return {
    engine, url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: POSTGRES_URL })
      await dropper.connect()
      await dropper.query(`drop database if exists ${name} with (force)`)
      await dropper.end()
    },
  }
}

export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

export async function benchApp(url: string, env: Record<string, string> = {}): Promise<App> {
  const config = loadConfig({ DATABASE_URL: url, ZHUISU_DEMO: '0', ZHUISU_LOG_LEVEL: 'silent', ZHUISU_CAPTURE_LIMIT: '100000', ZHUISU_RATE_LIMIT_PUBLIC: '1000000', ...env })
  return createApp(config, { log: pino({ level: 'silent' }) })
}

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1)
  return sortedMs[Math.max(0, index)]
}

/** Runs `work` `iterations` times after `warmup` runs and returns p50 and p99 in milliseconds. */
export async function latency(iterations: number, warmup: number, work: (i: number) => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < warmup; i++) await work(i)
  const samples: number[] = []
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint()
    await work(i)
    samples.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  samples.sort((a, b) => a - b)
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) }
}

export interface Figure {
  benchmark: string
  engine: EngineName | 'none'
  value: number
  unit: string
  goal?: string
  met?: boolean
  note?: string
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
