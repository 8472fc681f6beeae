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
  /** With the demo data, one public sign-in per role (src/services/demo/demo-accounts.ts). */
  readonly demoAccounts: boolean
  /** Early-warning rules evaluated as events arrive (`ZHUISU_ALERT_RULES=on|off`; off: capture keeps no alert state). */
  readonly alertRules: boolean
  readonly adminToken?: string
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  /** Public base URL used in printed codes and links (QR labels, Digital Link). */
  readonly publicUrl: string
  /** GB/T 2260 code of the region this platform serves: the issuer part of its own trace codes. */
  readonly platformRegion: string
  /** Most events accepted in one capture request. */
  readonly captureLimit: number
  readonly bodyLimitBytes: number
  /** Requests one IP (and, separately, one credential) may make per window on the public query routes; 0: no limit. */
  readonly rateLimitPublic: number
  /** The same for login and registration, kept low against password guessing; 0: no limit. */
  readonly rateLimitLogin: number
  readonly rateLimitWindowMs: number
  /** Fastify's trustProxy: false, a hop count, or the proxies' addresses, so that per-IP limits see the client. */
  readonly trustProxy: boolean | number | string
  /** Webhook URLs may point to private or loopback addresses (tests, an intranet deployment); off by default. */
  readonly webhookAllowPrivate: boolean
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
const DEFAULT_RATE_LIMIT_PUBLIC = 300
const DEFAULT_RATE_LIMIT_LOGIN = 10
const DEFAULT_RATE_LIMIT_WINDOW_MS = 60_000

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
  const demoAccountsRaw = env.ZHUISU_DEMO_ACCOUNTS ?? '1'
  if (!['0', '1'].includes(demoAccountsRaw)) problems.push(`ZHUISU_DEMO_ACCOUNTS=${demoAccountsRaw}: must be 1 (create the public demo sign-ins with the demo data) or 0`)

  const alertRulesRaw = env.ZHUISU_ALERT_RULES || 'on'
  if (!['on', 'off'].includes(alertRulesRaw)) problems.push(`ZHUISU_ALERT_RULES=${alertRulesRaw}: must be on (evaluate early-warning rules as events arrive) or off`)

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

  const rateLimitPublic = integer('ZHUISU_RATE_LIMIT_PUBLIC', DEFAULT_RATE_LIMIT_PUBLIC, 0, 1_000_000)
  const rateLimitLogin = integer('ZHUISU_RATE_LIMIT_LOGIN', DEFAULT_RATE_LIMIT_LOGIN, 0, 1_000_000)
  const rateLimitWindowMs = integer('ZHUISU_RATE_LIMIT_WINDOW_MS', DEFAULT_RATE_LIMIT_WINDOW_MS, 1000, 86_400_000)
  const trustProxy = trustProxyOf(env.ZHUISU_TRUST_PROXY, problems)
  const webhookPrivateRaw = env.ZHUISU_WEBHOOK_ALLOW_PRIVATE || '0'
  if (!['0', '1'].includes(webhookPrivateRaw)) problems.push(`ZHUISU_WEBHOOK_ALLOW_PRIVATE=${webhookPrivateRaw}: must be 1 (allow private and loopback webhook URLs) or 0`)

  if (problems.length > 0) throw new ConfigError(problems)
  return Object.freeze({
    alertRules: alertRulesRaw === 'on',
    port, host, databaseUrl, demo: demoRaw === '1', demoEvents, demoAccounts: demoRaw === '1' && demoAccountsRaw === '1', adminToken, logLevel, publicUrl, platformRegion,
    captureLimit, bodyLimitBytes, rateLimitPublic, rateLimitLogin, rateLimitWindowMs, trustProxy,
    webhookAllowPrivate: webhookPrivateRaw === '1',
  })
}

/** Unset or 0: trust no proxy; a number: that many hops; else comma-separated proxy addresses or CIDR ranges. */
function trustProxyOf(raw: string | undefined, problems: string[]): boolean | number | string {
  if (raw === undefined || raw === '' || raw === '0') return false
  if (/^\d+$/.test(raw)) return Number(raw)
  if (/^[0-9a-fA-F:.\/]+(\s*,\s*[0-9a-fA-F:.\/]+)*$/.test(raw)) return raw
  problems.push(`ZHUISU_TRUST_PROXY=${raw}: must be a hop count (1 behind one reverse proxy) or the proxies' addresses, comma-separated`)
  return false
}

/** Hides a password in a database URL before it is printed. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@')
}
