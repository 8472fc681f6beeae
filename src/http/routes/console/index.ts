/**
 * The supervision console (监管驾驶舱) for regulators (their region and categories) and the operator:
 * coverage, volumes and flows, data quality, drill-down lists, and every table as .xlsx (`format=xlsx`).
 * Scope decides everything (services/access/scope.ts consoleView): enterprises 403, anonymous 401.
 */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import { tablesToXlsx } from '../../../interop/spreadsheet/export-workbook.js'
import { coverageTables, eventTables, partyTables, qualityTables, volumeTables } from '../../../services/console/console-tables.js'
import { getCoverage, listCounties, listCoverageParties } from '../../../services/console/coverage.js'
import { listDrillEvents } from '../../../services/console/drill-down.js'
import { getQuality } from '../../../services/console/quality.js'
import { listTargets, setTargets } from '../../../services/console/targets.js'
import { getVolumes } from '../../../services/console/volumes.js'
import type { Table } from '../../../services/spreadsheets/export-tables.js'
import { scopeOf } from '../../auth.js'
import { errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { attachment, XLSX_TYPE } from '../spreadsheets/files.js'
import { CountiesQuery, EventsQuery, PartiesQuery, QualityQuery, TargetsBody, TargetsReply, ViewQuery } from './schema.js'

const tags = ['console']
/** JSON figures (see docs/console.md), or an .xlsx file with `format=xlsx`. */
const figures = { 200: Type.Unknown({ description: 'The figures as JSON, or an .xlsx workbook with format=xlsx' }), ...errorResponses }
const security = [{ bearer: [] }]

async function sendXlsx(reply: FastifyReply, name: string, tables: Table[]): Promise<FastifyReply> {
  return attachment(reply, XLSX_TYPE, `${name}.xlsx`).send(await tablesToXlsx(tables))
}

const consoleRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  const deps = { store: app.store, clock: app.clock, log: app.log }
  const page = (q: { limit?: number; offset?: number }) => ({ limit: q.limit, offset: q.offset })

  server.get('/api/v1/console/coverage', {
    schema: { tags, security, summary: 'Coverage (追溯覆盖率): registered vs reporting parties by category and county, against targets; uncovered counties', querystring: ViewQuery, response: figures },
  }, async (request, reply) => {
    const result = await getCoverage(deps, await scopeOf(request, app), request.query)
    return request.query.format === 'xlsx' ? sendXlsx(reply, `coverage-${result.until}`, coverageTables(result)) : result
  })

  server.get('/api/v1/console/coverage/parties', {
    schema: { tags, security, summary: 'Drill-down: the parties behind a coverage figure (registered, active or inactive), paged', querystring: PartiesQuery, response: figures },
  }, async (request, reply) => {
    const result = await listCoverageParties(deps, await scopeOf(request, app), request.query, page(request.query))
    return request.query.format === 'xlsx' ? sendXlsx(reply, `parties-${request.query.status ?? 'registered'}`, partyTables(result.parties)) : result
  })

  server.get('/api/v1/console/coverage/counties', {
    schema: { tags, security, summary: 'Drill-down: the counties in scope, covered (a party reported) or not, paged', querystring: CountiesQuery, response: figures },
  }, async (request) => listCounties(deps, await scopeOf(request, app), request.query, page(request.query)))

  server.get('/api/v1/console/coverage-targets', {
    schema: { tags, security, summary: 'Coverage targets in force for the caller\'s region', response: { 200: TargetsReply, ...errorResponses } },
  }, async (request) => ({ targets: await listTargets(deps, await scopeOf(request, app)) }))

  server.put('/api/v1/console/coverage-targets', {
    schema: { tags, security, summary: 'Set coverage targets (operator): share of enterprises and of counties per region, category and year', body: TargetsBody, response: { 200: TargetsReply, ...errorResponses } },
  }, async (request) => ({ targets: await setTargets(deps, await scopeOf(request, app), request.body.targets) }))

  server.get('/api/v1/console/volumes', {
    schema: { tags, security, summary: 'Events per day, flows between provinces and cities, top products and parties', querystring: ViewQuery, response: figures },
  }, async (request, reply) => {
    const result = await getVolumes(deps, await scopeOf(request, app), request.query)
    return request.query.format === 'xlsx' ? sendXlsx(reply, `volumes-${result.until}`, volumeTables(result)) : result
  })

  server.get('/api/v1/console/quality', {
    schema: { tags, security, summary: 'Data quality per party and per connected platform: timeliness, completeness, accuracy, operation', querystring: QualityQuery, response: figures },
  }, async (request, reply) => {
    const { sort, order } = request.query
    const result = await getQuality(deps, await scopeOf(request, app), { ...request.query, sort, descending: order === undefined ? undefined : order === 'desc' }, page(request.query))
    return request.query.format === 'xlsx' ? sendXlsx(reply, `quality-${result.until}`, qualityTables(result)) : result
  })

  server.get('/api/v1/console/events', {
    schema: { tags, security, summary: 'Drill-down: the events behind a figure (party, category, day, flow), newest first, paged', querystring: EventsQuery, response: figures },
  }, async (request, reply) => {
    const result = await listDrillEvents(deps, await scopeOf(request, app), request.query, page(request.query))
    return request.query.format === 'xlsx' ? sendXlsx(reply, 'events', eventTables(result.events)) : result
  })
}

export default consoleRoutes
