/**
 * The enterprise portal API: what the portal pages read (context, holdings, own events and findings,
 * partner view, licences) and its two writes (accept an expected receipt, record a licence). Every call
 * works for the caller's own parties only (scope.ts requirePortalParties).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { tablesToXlsx } from '../../../interop/spreadsheet/export-workbook.js'
import { getPortalContext, searchPartners } from '../../../services/portal/context.js'
import { acceptExpectedReceipt, listExpectedReceipts } from '../../../services/portal/expected-receipts.js'
import { listLicences, recordLicence } from '../../../services/portal/licences.js'
import { listHoldings, listOwnEvents, listPartnerLines, partnerTable } from '../../../services/portal/lists.js'
import { scopeOf } from '../../auth.js'
import { errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { attachment, XLSX_TYPE } from '../spreadsheets/files.js'
import {
  AcceptBody, AcceptParams, AcceptReply, ContextReply, EventsQuery, EventsReply, ExpectedReceiptsQuery, ExpectedReceiptsReply, HoldingsQuery,
  HoldingsReply, LicenceBody, LicenceReply, LicencesReply, PartnerSearchQuery, PartnerSearchReply, PartnersQuery, PartnersReply,
} from './schema.js'

const portal: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  const deps = { store: app.store, clock: app.clock, log: app.log, captureLimit: app.config.captureLimit }
  const security = [{ bearer: [] }]
  const tags = ['enterprise portal']

  server.get('/api/v1/portal/context', {
    schema: { tags, summary: "The caller's party, sites, products, data-standard stages and known trading partners", security, response: { 200: ContextReply, ...errorResponses } },
  }, async (request) => getPortalContext(deps, await scopeOf(request, app)))

  server.get('/api/v1/portal/holdings', {
    schema: { tags, summary: 'Lots and items held (进销存), paged, sorted and filtered', security, querystring: HoldingsQuery, response: { 200: HoldingsReply, ...errorResponses } },
  }, async (request) => listHoldings(deps, await scopeOf(request, app), request.query))

  server.get('/api/v1/portal/events', {
    schema: { tags, summary: "The caller's own events, newest first; withFindings=true: those with data-quality findings", security, querystring: EventsQuery, response: { 200: EventsReply, ...errorResponses } },
  }, async (request) => listOwnEvents(deps, await scopeOf(request, app), request.query))

  server.get('/api/v1/portal/partners', {
    schema: { tags, summary: 'One step up and one step down (一步追溯): who supplied each lot and who it went to; format=xlsx to export', security, querystring: PartnersQuery, response: { 200: PartnersReply, ...errorResponses } },
  }, async (request, reply) => {
    const scope = await scopeOf(request, app)
    if (request.query.format === 'xlsx') return attachment(reply, XLSX_TYPE, '一步追溯.xlsx').send(await tablesToXlsx([await partnerTable(deps, scope, request.query)]))
    return listPartnerLines(deps, scope, request.query)
  })

  server.get('/api/v1/portal/partner-search', {
    schema: { tags, summary: 'Registered parties by name or USCC (at least 2 characters), for the trading-partner picker', security, querystring: PartnerSearchQuery, response: { 200: PartnerSearchReply, ...errorResponses } },
  }, async (request) => ({ parties: await searchPartners(deps, await scopeOf(request, app), request.query.q) }))

  server.get('/api/v1/portal/expected-receipts', {
    schema: { tags, summary: 'Shipments to the caller it has not received yet, each with the receiving event accepting would record', security, querystring: ExpectedReceiptsQuery, response: { 200: ExpectedReceiptsReply, ...errorResponses } },
  }, async (request) => listExpectedReceipts(deps, await scopeOf(request, app), request.query))

  server.post('/api/v1/portal/expected-receipts/:eventId/accept', {
    schema: { tags, summary: 'Record the receipt of an expected shipment with its codes and quantities (idempotent)', security, params: AcceptParams, body: AcceptBody, response: { 200: AcceptReply, 201: AcceptReply, ...errorResponses } },
  }, async (request, reply) => {
    const outcome = await acceptExpectedReceipt(deps, await scopeOf(request, app), request.params.eventId, request.body ?? {})
    return reply.status(outcome.status === 'created' ? 201 : 200).send(outcome)
  })

  server.get('/api/v1/portal/licences', {
    schema: { tags, summary: 'Licences and certificates with expiry status, reminders (30 days) and the full history', security, response: { 200: LicencesReply, ...errorResponses } },
  }, async (request) => listLicences(deps, await scopeOf(request, app)))

  server.post('/api/v1/portal/licences', {
    schema: { tags, summary: 'Add, renew or withdraw a licence (a new history row; nothing is overwritten)', security, body: LicenceBody, response: { 201: LicenceReply, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await recordLicence(deps, await scopeOf(request, app), request.body)))
}

export default portal
