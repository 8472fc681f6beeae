/** Every route plugin, registered in this order (no autoloading). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { App } from '../../app.js'
import apiKeys from './api-keys/index.js'
import audit from './audit/index.js'
import blacklist from './blacklist/index.js'
import credit from './credit/index.js'
import inspectionDraws from './inspection-draws/index.js'
import auth from './auth/index.js'
import codes from './codes/index.js'
import consoleRoutes from './console/index.js'
import digitalLink from './digital-link/index.js'
import epcis from './epcis/index.js'
import events from './events/index.js'
import explorer from './explorer/index.js'
import health from './health/index.js'
import impact from './impact/index.js'
import labels from './labels/index.js'
import openData from './open-data/index.js'
import organisations from './organisations/index.js'
import parties from './parties/index.js'
import portal from './portal/index.js'
import products from './products/index.js'
import publicQuery from './public/index.js'
import spreadsheets from './spreadsheets/index.js'
import registrations from './registrations/index.js'
import standards from './standards/index.js'
import stats from './stats/index.js'
import subscriptions from './subscriptions/index.js'
import trace from './trace/index.js'
import units from './units/index.js'

export interface RouteOptions {
  app: App
}

export const ROUTES: FastifyPluginAsyncTypebox<RouteOptions>[] = [health, events, epcis, trace, impact, explorer, openData, publicQuery, stats, parties, products, units, standards, codes, digitalLink, labels, spreadsheets, auth, registrations, organisations, apiKeys, audit, consoleRoutes, subscriptions, credit, blacklist, inspectionDraws, portal]
