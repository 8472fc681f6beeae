/** The structured logger services write to (pino, or Fastify's request logger). */
export interface Log {
  debug(object: object, message?: string): void
  info(object: object, message?: string): void
  warn(object: object, message?: string): void
  error(object: object, message?: string): void
}
