/**
 * The pork chain of trace-chain.test.ts for the explorer tests (API and browser): farm → slaughter
 * (transformation) → two cases → wholesaler → two retailers, with an unrelated chicken chain through the
 * same wholesaler.
 */
import { expect } from 'vitest'
import type { Server } from '../../src/http/server.js'
import { capture, makeParty, makeProduct, type TestParty } from '../support/factories.js'

export const PIGS = 'urn:epc:class:lgtin:6901234.000001.P2511'
export const PORK = 'urn:epc:class:lgtin:6901234.000002.K2511'
export const CHICKEN = 'urn:epc:class:lgtin:6901234.000003.C2511'
export const CASE_1 = 'urn:epc:id:sscc:6901234.0000000001'
export const CASE_2 = 'urn:epc:id:sscc:6901234.0000000002'
const at = (day: number, hour = 8) => `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`

export interface PorkChain {
  farm: TestParty
  slaughter: TestParty
  wholesaler: TestParty
  retailer1: TestParty
  retailer2: TestParty
}

export async function buildPorkChain(server: Server, headers: Record<string, string> = {}): Promise<PorkChain> {
  const farm = await makeParty(server, '梅县生猪养殖场', 'farm', '441403', headers)
  const slaughter = await makeParty(server, '梅州定点屠宰厂', 'slaughterhouse', '441402', headers)
  const wholesaler = await makeParty(server, '梅州农产品批发市场', 'wholesale_market', '441402', headers)
  const retailer1 = await makeParty(server, '梅江区菜市场', 'market', '441402', headers)
  const retailer2 = await makeParty(server, '惠州超市', 'supermarket', '441302', headers)
  const chickenFarm = await makeParty(server, '兴宁鸡场', 'farm', '441481', headers)
  await makeProduct(server, '生猪', '06901234000016', 'agri', 'H87', headers)
  await makeProduct(server, '白条猪肉', '06901234000023', 'agri', 'KGM', headers)
  await makeProduct(server, '鸡肉', '06901234000030', 'agri', 'KGM', headers)
  const ship = (time: string, from: TestParty, to: TestParty, what: object) => ({
    type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', eventTime: time, 'zs:party': from.uscc,
    bizLocation: { id: from.siteId }, destinationList: [{ type: 'owning_party', destination: to.uscc }], ...what,
  })
  const receive = (time: string, by: TestParty, from: TestParty, what: object) => ({
    type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'receiving', eventTime: time, 'zs:party': by.uscc,
    bizLocation: { id: by.siteId }, sourceList: [{ type: 'owning_party', source: from.uscc }], ...what,
  })
  const reply = await capture(server, [
    { type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventTime: at(1), 'zs:party': farm.uscc, bizLocation: { id: farm.siteId }, quantityList: [{ epcClass: PIGS, quantity: 20, uom: 'H87' }] },
    ship(at(2), farm, slaughter, { quantityList: [{ epcClass: PIGS, quantity: 20, uom: 'H87' }] }),
    receive(at(2, 14), slaughter, farm, { quantityList: [{ epcClass: PIGS, quantity: 20, uom: 'H87' }] }),
    { type: 'TransformationEvent', eventTime: at(3), 'zs:party': slaughter.uscc, bizLocation: { id: slaughter.siteId }, inputQuantityList: [{ epcClass: PIGS, quantity: 20, uom: 'H87' }], outputQuantityList: [{ epcClass: PORK, quantity: 1000, uom: 'KGM' }] },
    { type: 'AggregationEvent', action: 'ADD', bizStep: 'packing', eventTime: at(3, 10), 'zs:party': slaughter.uscc, parentID: CASE_1, childQuantityList: [{ epcClass: PORK, quantity: 500, uom: 'KGM' }] },
    { type: 'AggregationEvent', action: 'ADD', bizStep: 'packing', eventTime: at(3, 11), 'zs:party': slaughter.uscc, parentID: CASE_2, childQuantityList: [{ epcClass: PORK, quantity: 500, uom: 'KGM' }] },
    ship(at(4), slaughter, wholesaler, { epcList: [CASE_1, CASE_2] }),
    receive(at(4, 12), wholesaler, slaughter, { epcList: [CASE_1, CASE_2] }),
    ship(at(5), wholesaler, retailer1, { epcList: [CASE_1] }),
    ship(at(5, 9), wholesaler, retailer2, { epcList: [CASE_2] }),
    receive(at(5, 15), retailer1, wholesaler, { epcList: [CASE_1] }),
    { type: 'AggregationEvent', action: 'DELETE', bizStep: 'unpacking', eventTime: at(6), 'zs:party': retailer1.uscc, parentID: CASE_1 },
    { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'retail_selling', eventTime: at(6, 10), 'zs:party': retailer1.uscc, quantityList: [{ epcClass: PORK, quantity: 2, uom: 'KGM' }] },
    { type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventTime: at(1), 'zs:party': chickenFarm.uscc, quantityList: [{ epcClass: CHICKEN, quantity: 300, uom: 'KGM' }] },
    ship(at(4), chickenFarm, wholesaler, { quantityList: [{ epcClass: CHICKEN, quantity: 300, uom: 'KGM' }] }),
    receive(at(4, 13), wholesaler, chickenFarm, { quantityList: [{ epcClass: CHICKEN, quantity: 300, uom: 'KGM' }] }),
    ship(at(5, 10), wholesaler, retailer1, { quantityList: [{ epcClass: CHICKEN, quantity: 100, uom: 'KGM' }] }),
  ], headers)
  expect(reply.statusCode, reply.body).toBe(201)
  return { farm, slaughter, wholesaler, retailer1, retailer2 }
}
