/**
 * The only reader of process.env. Every problem is reported at once, with the variable and what it needs.
 */
export interface Config {
  readonly port: number
  readonly host: string
  /** `sqlite:<path>` or `postgres://…` */
  readonly databaseUrl: string
  readonly demo: boolean
  /** Size of the demo data set loaded into an empty database. */
  readonly demoEvents: number
  readonly adminToken?: string
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  /** Public base URL used in printed codes and links (QR labels, Digital Link). */
  readonly publicUrl: string
  /** GB/T 2260 code of the region this platform serves: the issuer part of its own trace codes. */
  readonly platformRegion: string
  /** Most events accepted in one capture request. */
  readonly captureLimit: number
  readonly bodyLimitBytes: number
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
const DEFAULT_PORT = 3000
const DEFAULT_DEMO_EVENTS = 3000
const DEFAULT_CAPTURE_LIMIT = 10_000
const DEFAULT_BODY_LIMIT_BYTES = 32 * 1024 * 1024
const MIN_ADMIN_TOKEN_LENGTH = 16

export function loadConfig(env: Record<string, string | undefined>): Config {
  const problems: string[] = []
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name]
    if (raw === undefined || raw === '') return fallback
    const value = Number(raw)
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name}=${raw}: must be a whole number from ${min} to ${max}`)
      return fallback
    }
    return value
  }
  const port = integer('PORT', DEFAULT_PORT, 0, 65_535)
  const host = env.HOST || '0.0.0.0'

  const databaseUrl = env.DATABASE_URL || 'sqlite:./data/zhuisu.db'
  if (!/^sqlite:.+/.test(databaseUrl) && !/^postgres(ql)?:\/\/.+/.test(databaseUrl)) {
    problems.push(`DATABASE_URL=${redactUrl(databaseUrl)}: must be sqlite:<path> or postgres://user@host:port/database`)
  }

  const demoRaw = env.ZHUISU_DEMO ?? '1'
  if (!['0', '1'].includes(demoRaw)) problems.push(`ZHUISU_DEMO=${demoRaw}: must be 1 (load demo data into an empty database) or 0 (start empty)`)
  const demoEvents = integer('ZHUISU_DEMO_EVENTS', DEFAULT_DEMO_EVENTS, 100, 10_000_000)

  const adminToken = env.ZHUISU_ADMIN_TOKEN || undefined
  if (adminToken !== undefined && adminToken.length < MIN_ADMIN_TOKEN_LENGTH) {
    problems.push(`ZHUISU_ADMIN_TOKEN: must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters (use a long random string)`)
  }

  const logLevel = (env.ZHUISU_LOG_LEVEL || 'info') as Config['logLevel']
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`ZHUISU_LOG_LEVEL=${logLevel}: must be one of ${LOG_LEVELS.join(', ')}`)

  const publicUrl = (env.ZHUISU_PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '')
  if (!/^https?:\/\/[^\s/]+/.test(publicUrl)) problems.push(`ZHUISU_PUBLIC_URL=${publicUrl}: must be an http(s) URL`)

  const platformRegion = env.ZHUISU_PLATFORM_REGION || '441400'
  if (!/^\d{6}$/.test(platformRegion)) problems.push(`ZHUISU_PLATFORM_REGION=${platformRegion}: must be a six-digit GB/T 2260 code (000000 for a national platform)`)

  const captureLimit = integer('ZHUISU_CAPTURE_LIMIT', DEFAULT_CAPTURE_LIMIT, 1, 100_000)
  const bodyLimitBytes = integer('ZHUISU_BODY_LIMIT_BYTES', DEFAULT_BODY_LIMIT_BYTES, 1024, 1024 * 1024 * 1024)

  if (problems.length > 0) throw new ConfigError(problems)
  return Object.freeze({
    port, host, databaseUrl, demo: demoRaw === '1', demoEvents, adminToken, logLevel, publicUrl, platformRegion,
    captureLimit, bodyLimitBytes,
  })
}

/** Hides a password in a database URL before it is printed. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@')
}
