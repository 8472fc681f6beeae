/**
 * One set of rules: the portal's validation module (web/src/pages/portal/event-check.ts, run as the
 * browser runs it, through the `@domain` alias) and the capture API give the same code, field, detail and
 * zh/en messages for the same bad event — a GTIN with a wrong check digit, a quantity with four decimals,
 * a required data element left out — and both accept the corrected event.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { withGs1Check } from '../../src/domain/identifiers/gs1.js'
import { checkForCapture, checkGtin } from '../../web/src/pages/portal/event-check.js'
import { buildDocument, formSteps, type FormState } from '../../web/src/pages/portal/step-forms.js'
import { TEST_NOW } from '../support/build-app.js'
import { engines } from '../support/engines.js'
import { capture } from '../support/factories.js'
import { buildPortalWorld, PIG_GTIN, type PortalWorld } from '../support/portal-world.js'

const wrongCheckDigit = (gtin: string) => `${gtin.slice(0, 13)}${(Number(gtin[13]) + 1) % 10}`

describe.each(engines())('shared validation of the portal forms and the API on %s', (engine) => {
  let world: PortalWorld
  beforeAll(async () => {
    world = await buildPortalWorld(engine)
  })

  const apiIssues = async (document: Record<string, unknown>) => {
    const reply = await capture(world.platform.server, [document], world.farm.headers)
    return { status: reply.statusCode, issues: (reply.json().error?.issues ?? []) as { code: string; field: string; detail?: string; messages: { zh: string; en: string } }[] }
  }
  const webIssues = (document: Record<string, unknown>) => checkForCapture(document, TEST_NOW).map(({ code, field, detail, messages }) => ({ code, field, detail, messages }))
  /** The farm's dispatch form, filled as a user would, turned into the event by the web's own code. */
  const dispatch = (patch: { code?: string; quantity?: string; data?: Record<string, string> }) => {
    const form = formSteps({ stages: [{ category: 'agri', stages: ['production', 'leaving_farm'] }] }).find((s) => s.key === 'agri/leaving_farm/dispatch')!
    const state: FormState = {
      eventTime: '2026-11-20T15:00', siteId: world.farm.siteId, partner: { id: world.slaughterhouse.id, name: world.slaughterhouse.name, uscc: world.slaughterhouse.uscc, kind: 'slaughterhouse', regionCode: '441402' },
      inputs: [{ code: patch.code ?? `01/${PIG_GTIN}/10/P1120`, quantity: patch.quantity ?? '20', uom: 'H87' }], outputs: [],
      data: patch.data ?? { complianceCertificateNo: 'HG-2026-0120' },
    }
    return buildDocument(form, state, { id: world.farm.id, uscc: world.farm.uscc })
  }

  const cases: [string, () => Record<string, unknown>, string][] = [
    ['a GTIN with a wrong check digit', () => dispatch({ code: `01/${wrongCheckDigit(PIG_GTIN)}/10/P1120` }), 'code_invalid'],
    ['a quantity with four decimals', () => dispatch({ quantity: '1.2345' }), 'quantity_invalid'],
    ['a quantity that is not a number', () => dispatch({ quantity: '二十' }), 'quantity_invalid'],
    ['a required data element left out', () => dispatch({ data: {} }), 'standard_element_missing'],
  ]
  for (const [name, make, code] of cases) {
    it(`gives the API's code and messages for ${name}`, async () => {
      const document = make()
      const api = await apiIssues(document)
      expect(api.status).toBe(422)
      const web = webIssues(document)
      expect(web.map((i) => i.code)).toContain(code)
      expect(web).toEqual(api.issues.map(({ code: c, field, detail, messages }) => ({ code: c, field, detail, messages })))
      expect(web.find((i) => i.code === code)?.messages.zh).toBe(api.issues.find((i) => i.code === code)?.messages.zh)
    })
  }

  it('accepts the corrected event on both sides', async () => {
    const document = dispatch({})
    expect(webIssues(document)).toEqual([])
    expect((await apiIssues(document)).status).toBe(201)
  })

  it('has the same GTIN rule and message for products as the API', async () => {
    const gtin = wrongCheckDigit(withGs1Check('0690123400040'))
    const reply = await world.platform.server.inject({ method: 'POST', url: '/api/v1/products', headers: world.farm.headers, payload: { name: '仔猪', category: 'agri', uom: 'H87', partyId: world.farm.id, gtin } })
    expect(reply.statusCode).toBe(422)
    const { code, field, messages } = reply.json().error
    expect(checkGtin(gtin)).toEqual({ code, field, messages })
    expect(checkGtin(withGs1Check('0690123400040'))).toBeUndefined()
  })
})
