/**
 * Creates one PostgreSQL database for this test run and drops it afterwards, so runs never collide.
 * PostgreSQL joins when reachable (ZHUISU_TEST_POSTGRES_URL, default the local server); under CI=true an
 * unreachable server fails the run instead of skipping it.
 */
import pg from 'pg'
import type { TestProject } from 'vitest/node'

const DEFAULT_URL = 'postgres://root@127.0.0.1:5432/test'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = process.env.ZHUISU_TEST_POSTGRES_URL || DEFAULT_URL
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 })
  try {
    await admin.connect()
  } catch (error) {
    if (process.env.CI === 'true') throw new Error(`PostgreSQL is required under CI but unreachable at ${adminUrl}: ${(error as Error).message}`)
    process.stdout.write(`\n[engines] PostgreSQL unreachable at ${adminUrl}: storage tests run on SQLite only (set ZHUISU_TEST_POSTGRES_URL)\n\n`)
    project.provide('postgresUrl', null)
    return async () => {}
  }
  const database = `zhuisu_test_${process.pid}_${Date.now().toString(36)}`
  await admin.query(`create database ${database}`)
  const url = new URL(adminUrl)
  url.pathname = `/${database}`
  project.provide('postgresUrl', url.toString())
  process.stdout.write(`[engines] SQLite and PostgreSQL (database ${database})\n`)
  return async () => {
    await admin.query(`drop database if exists ${database} with (force)`)
    await admin.end()
  }
}
