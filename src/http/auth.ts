/**
 * Authentication, in one place. Until the account model lands, the single credential is the operator's
 * `ZHUISU_ADMIN_TOKEN` (Authorization: Bearer <token>). Without a configured token the platform runs
 * open — writes and confidential reads need no credential — and says so at start-up.
 */
import { timingSafeEqual } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import { ZhuisuError } from '../domain/errors.js'

export type Actor = { role: 'admin' } | { role: 'anonymous' }

export function authenticate(request: FastifyRequest, adminToken: string | undefined): Actor {
  const header = request.headers.authorization
  if (!adminToken || typeof header !== 'string') return { role: 'anonymous' }
  const match = /^Bearer\s+(.+)$/i.exec(header.trim())
  if (!match) throw new ZhuisuError('unauthorized', '/headers/authorization')
  const given = Buffer.from(match[1])
  const expected = Buffer.from(adminToken)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new ZhuisuError('unauthorized', '/headers/authorization')
  return { role: 'admin' }
}

/** Writes and confidential reads: the administrator, or anyone when the platform runs open. */
export function requireOperator(request: FastifyRequest, adminToken: string | undefined): Actor {
  const actor = authenticate(request, adminToken)
  if (adminToken && actor.role !== 'admin') throw new ZhuisuError('unauthorized', '/headers/authorization')
  return actor
}
