/**
 * The public side of recalls, on every engine: the public query of an affected code carries the open recall
 * (and of a code nobody recalled, none), the public list hides holders, and both feeds are well-formed XML.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildWorld, DRUG_LOT, FOOD_LOT, type World } from '../support/accounts-world.js'
import { engines } from '../support/engines.js'

describe.each(engines())('public recalls on %s', (engine) => {
  let world: World
  let recallId: string

  beforeAll(async () => {
    world = await buildWorld(engine)
    const reply = await world.platform.server.inject({ method: 'POST', url: '/api/v1/recalls', headers: world.headers.regulatorMeizhouFood, payload: { codes: [FOOD_LOT], reason: '检出沙门氏菌 <script>alert(1)</script> & 其他', level: 'I' } })
    recallId = reply.json().id
    await world.platform.server.inject({ method: 'POST', url: `/api/v1/recalls/${recallId}/notices`, headers: world.headers.regulatorMeizhouFood, payload: { title: '请勿食用腊肉', body: '批号 F2611 的腊肉请立即停止食用。' } })
  }, 120_000)

  it('warns on the public query page of an affected code, and only there', async () => {
    const affected = (await world.platform.server.inject({ method: 'GET', url: `/api/v1/public/${encodeURIComponent(FOOD_LOT)}` })).json()
    expect(affected.recalls).toHaveLength(1)
    expect(affected.recalls[0]).toMatchObject({ id: recallId, level: 'I', status: 'open', notices: [{ title: '请勿食用腊肉' }], advice: { zh: expect.stringContaining('停止') } })
    expect(JSON.stringify(affected.recalls)).not.toContain(world.parties.a.id)
    const other = (await world.platform.server.inject({ method: 'GET', url: `/api/v1/public/${encodeURIComponent(DRUG_LOT)}` })).json()
    expect(other.recalls).toEqual([])
  })

  it('lists recalls publicly with search, without holders', async () => {
    const list = (await world.platform.server.inject({ method: 'GET', url: '/api/v1/public/recalls?q=腊肉' })).json()
    expect(list.total).toBe(1)
    expect(list.recalls[0]).not.toHaveProperty('holderCount')
    expect(list.recalls[0]).not.toHaveProperty('tasks')
    expect((await world.platform.server.inject({ method: 'GET', url: '/api/v1/public/recalls?q=没有这个' })).json().total).toBe(0)
  })

  it('publishes Atom and RSS feeds that parse as XML, with the Chinese text escaped', async () => {
    const atom = await world.platform.server.inject({ method: 'GET', url: '/recalls.atom' })
    expect(atom.headers['content-type']).toContain('application/atom+xml')
    expect(XMLValidator.validate(atom.body)).toBe(true)
    const feed = new XMLParser({ ignoreAttributes: false }).parse(atom.body).feed
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    const entry = [feed.entry].flat()[0]
    expect(entry.title).toContain('腊肉')
    expect(entry.summary['#text']).toContain('<script>')
    expect(atom.body).not.toContain('<script>')

    const rss = await world.platform.server.inject({ method: 'GET', url: '/recalls.rss' })
    expect(XMLValidator.validate(rss.body)).toBe(true)
    const channel = new XMLParser().parse(rss.body).rss.channel
    expect([channel.item].flat()[0].description).toContain('请勿食用腊肉')
  })
})
