/** A small open-mode platform for the early-warning tests: parties, products and event builders. */
import { withGs1Check } from '../../../src/domain/identifiers/gs1.js'
import type { AlertReply as Alert } from '../../../src/http/routes/alerts/schema.js'
import type { EngineName } from '../../../src/storage/dialect/dialect.js'
import { buildTestPlatform, type TestPlatform } from '../../support/build-app.js'
import { makeUscc } from '../../support/factories.js'

export const COMPANY = '6901234'
let lotSerial = 0

export interface AlertWorld {
  platform: TestPlatform
  party(name: string, kind: string, regionCode: string, categories: string[], licences?: { type: string; number: string; validUntil?: string }[]): Promise<{ id: string; uscc: string }>
  /** A product of the category and its GTIN item part (indicator + item reference, 6 digits). */
  product(category: string, uom?: string): Promise<string>
  lot(itemPart: string): string
  item(itemPart: string): string
  capture(events: object[]): Promise<void>
  alerts(query?: string): Promise<Alert[]>
}

let productSerial = 100
export async function buildAlertWorld(engine: EngineName, env: Record<string, string> = {}): Promise<AlertWorld> {
  const platform = await buildTestPlatform(engine, env)
  const { server } = platform
  const post = async (url: string, payload: object) => {
    const reply = await server.inject({ method: 'POST', url, payload })
    if (reply.statusCode !== 201) throw new Error(`${url}: ${reply.statusCode} ${reply.body}`)
    return reply.json() as { id: string }
  }
  return {
    platform,
    async party(name, kind, regionCode, categories, licences = []) {
      const uscc = makeUscc(regionCode)
      const { id } = await post('/api/v1/parties', { name, kind, regionCode, uscc, categories, licences })
      return { id, uscc }
    },
    async product(category, uom = 'KGM') {
      const itemPart = `0${String(++productSerial).padStart(5, '0')}`
      await post('/api/v1/products', { name: `产品${productSerial}`, gtin: withGs1Check(`0${COMPANY}${itemPart.slice(1)}`), category, uom })
      return itemPart
    },
    lot: (itemPart) => `urn:epc:class:lgtin:${COMPANY}.${itemPart}.L${++lotSerial}`,
    item: (itemPart) => `urn:epc:id:sgtin:${COMPANY}.${itemPart}.S${++lotSerial}`,
    async capture(events) {
      const reply = await server.inject({ method: 'POST', url: '/api/v1/events', payload: { events } })
      if (reply.statusCode !== 201) throw new Error(`capture: ${reply.statusCode} ${reply.body}`)
    },
    async alerts(query = '') {
      const reply = await server.inject({ method: 'GET', url: `/api/v1/alerts${query}` })
      if (reply.statusCode !== 200) throw new Error(`alerts: ${reply.statusCode} ${reply.body}`)
      return (reply.json() as { alerts: Alert[] }).alerts
    },
  }
}

let eventSerial = 0
const at = (time: string) => (time.includes('T') ? time : `${time}T10:00:00+08:00`)

export function made(party: string, code: string, quantity?: number, time = '2026-11-01', ilmd?: object) {
  return { type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventTime: at(time), eventID: `urn:uuid:test-${++eventSerial}-${Date.now()}`, 'zs:party': party, ...refs(code, quantity), ...(ilmd ? { ilmd } : {}) }
}

export function step(party: string, bizStep: string, code: string, quantity?: number, time = '2026-11-05', extra: object = {}) {
  return { type: 'ObjectEvent', action: 'OBSERVE', bizStep, eventTime: at(time), eventID: `urn:uuid:test-${++eventSerial}-${Date.now()}`, 'zs:party': party, ...refs(code, quantity), ...extra }
}

export function shipped(from: string, to: string, code: string, quantity?: number, time = '2026-11-10') {
  return step(from, 'shipping', code, quantity, time, { destinationList: [{ type: 'owning_party', destination: to }] })
}

function refs(code: string, quantity?: number) {
  return code.includes(':class:') ? { quantityList: [{ epcClass: code, ...(quantity !== undefined ? { quantity, uom: 'KGM' } : {}) }] } : { epcList: [code] }
}
