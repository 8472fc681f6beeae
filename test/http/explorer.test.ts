/**
 * The explorer's graph answer on the pork chain of trace-chain.test.ts (both engines): the nodes and
 * edges of a backward and a forward trace, a node's neighbourhood on demand, truncation with "hidden"
 * counts, and the same scope cut as the trace answer.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildWorld, FOOD_LOT, type World } from '../support/accounts-world.js'
import { buildTestPlatform, type TestPlatform } from '../support/build-app.js'
import { engines } from '../support/engines.js'
import { buildPorkChain, CASE_1, PIGS, PORK, type PorkChain } from './explorer-chain.js'

interface Node { id: string; kind: string; label: string; code?: string; rank: number; coordinates?: [number, number]; regionName?: string; degree: number; hidden: number }
interface Edge { id: string; kind: string; source: string; target: string; eventTime?: string; quantity?: number; uom?: string; unitIds?: string[]; remaining?: number }
interface Graph { rootId: string; rootCode: string; nodes: Node[]; edges: Edge[]; totalNodes: number; truncated: boolean; truncatedByScope: boolean; expanded?: string }

const url = (code: string, query = '') => `/api/v1/explorer/${encodeURIComponent(code)}${query}`

describe.each(engines())('explorer graph of a pork chain on %s', (engine) => {
  let platform: TestPlatform
  let chain: PorkChain
  const get = async (path: string): Promise<Graph> => {
    const reply = await platform.server.inject(path)
    expect(reply.statusCode, reply.body).toBe(200)
    return reply.json() as Graph
  }
  const label = (graph: Graph, id: string) => graph.nodes.find((n) => n.id === id)?.label

  beforeAll(async () => {
    platform = await buildTestPlatform(engine)
    chain = await buildPorkChain(platform.server)
  })

  it('draws the pork backward to the pig lot, the farm and its site, never the chicken', async () => {
    const graph = await get(url(PORK, '?direction=backward'))
    expect(graph.rootCode).toBe('01/06901234000023/10/K2511')
    const kinds = (kind: string) => graph.nodes.filter((n) => n.kind === kind).map((n) => n.label).sort()
    expect(kinds('lot')).toEqual(['生猪 P2511', '白条猪肉 K2511'])
    expect(kinds('container')).toHaveLength(2)
    expect(kinds('party')).toContain('梅县生猪养殖场')
    expect(kinds('site')).toContain('梅县生猪养殖场场所')
    const pigs = graph.nodes.find((n) => n.label === '生猪 P2511')!
    expect(pigs.rank).toBe(-1)
    const farm = graph.nodes.find((n) => n.id === `party:${chain.farm.id}`)!
    expect(farm).toMatchObject({ label: '梅县生猪养殖场', regionCode: '441403', regionName: '广东省梅州市梅县区' })
    expect(farm.coordinates![0]).toBeCloseTo(116.1, 0)
    const transformation = graph.edges.filter((e) => e.kind === 'transformation')
    expect(transformation.map((e) => [label(graph, e.source), label(graph, e.target)])).toEqual([['生猪 P2511', '白条猪肉 K2511']])
    const transfer = graph.edges.find((e) => e.kind === 'transfer' && e.source === farm.id && e.target === `party:${chain.slaughter.id}`)
    expect(transfer).toMatchObject({ quantity: 20, uom: 'H87', eventTime: '2026-11-02T00:00:00.000Z', unitIds: [pigs.id] })
    expect(graph.edges.find((e) => e.kind === 'custody' && e.source === farm.id && e.target === pigs.id)).toMatchObject({ made: 20, remaining: 0 })
    expect(JSON.stringify(graph)).not.toContain('C2511')
    expect(JSON.stringify(graph)).not.toContain('兴宁鸡场')
    expect(graph.truncated).toBe(false)
    // Every edge links two nodes of the answer.
    const ids = new Set(graph.nodes.map((n) => n.id))
    for (const edge of graph.edges) expect(ids.has(edge.source) && ids.has(edge.target), edge.id).toBe(true)
  })

  it('draws the pig lot forward to the cases (aggregation parent → child) and every holder', async () => {
    const graph = await get(url(PIGS, '?direction=forward'))
    const parties = graph.nodes.filter((n) => n.kind === 'party').map((n) => n.label).sort()
    expect(parties).toEqual(['惠州超市', '梅县生猪养殖场', '梅州农产品批发市场', '梅州定点屠宰厂', '梅江区菜市场'].sort())
    const aggregation = graph.edges.filter((e) => e.kind === 'aggregation')
    expect(aggregation).toHaveLength(2)
    for (const edge of aggregation) {
      expect(graph.nodes.find((n) => n.id === edge.source)!.kind).toBe('container')
      expect(label(graph, edge.target)).toBe('白条猪肉 K2511')
    }
    expect(graph.nodes.find((n) => n.label === '白条猪肉 K2511')!.rank).toBe(1)
    const huizhou = graph.nodes.find((n) => n.label === '惠州超市')!
    expect(huizhou.coordinates![0]).toBeCloseTo(114.6, 0)
  })

  it('cuts the overview at the limit and says what each node hides; expand fetches the neighbourhood', async () => {
    const both = await get(url(PORK))
    const cut = await get(url(PORK, '?limit=1&fanout=1'))
    expect(cut.truncated).toBe(true)
    // The walk stopped at the root: the three units it did not reach are counted, their holders are not yet known.
    expect(cut.totalNodes).toBe(cut.nodes.length + 3)
    expect(cut.nodes.filter((n) => !['party', 'site'].includes(n.kind)).map((n) => n.id)).toEqual([cut.rootId])
    const root = cut.nodes.find((n) => n.id === cut.rootId)!
    // Three unit neighbours (the pig lot, two cases) are left out; its holders came along.
    expect(root.hidden).toBe(3)
    // Its own holders are shown (those it is known to have reached only through the cases come with them).
    expect(root.degree - root.hidden).toBe(cut.edges.filter((e) => e.target === root.id || e.source === root.id).length)
    const expanded = await get(url(PORK, `?expand=${encodeURIComponent(cut.rootId)}`))
    expect(expanded.expanded).toBe(cut.rootId)
    expect(expanded.nodes.find((n) => n.id === cut.rootId)!.hidden).toBe(0)
    expect(expanded.nodes.map((n) => n.label)).toEqual(expect.arrayContaining(['生猪 P2511', '梅州定点屠宰厂']))
    const case1 = both.nodes.find((n) => n.code?.startsWith('00/'))!
    const ofCase = await get(url(PORK, `?expand=${encodeURIComponent(case1.id)}`))
    expect(ofCase.nodes.some((n) => n.id === case1.id)).toBe(true)
  })

  it('answers 404 for a node not in the graph and 400 for a bad limit', async () => {
    const unknown = await platform.server.inject(url(PORK, '?expand=party:nobody'))
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().error.code).toBe('explorer_node_not_found')
    const bad = await platform.server.inject(url(CASE_1, '?limit=0'))
    expect(bad.statusCode).toBe(400)
    const missing = await platform.server.inject(url('urn:epc:class:lgtin:6901234.000002.NOPE'))
    expect(missing.json().error.code).toBe('code_not_found')
  })
})

describe.each(engines())('explorer scope on %s', (engine) => {
  let world: World
  beforeAll(async () => {
    world = await buildWorld(engine)
  })
  const explore = (role: keyof World['headers']) => world.platform.server.inject({ url: url(FOOD_LOT, '?direction=forward'), headers: world.headers[role] })
  const partyLabels = (graph: Graph) => graph.nodes.filter((n) => n.kind === 'party').map((n) => n.label).sort()

  it('asks the public to sign in, and hides the code from regulators and enterprises without rights', async () => {
    expect((await explore('anonymous')).statusCode).toBe(401)
    expect((await explore('public')).statusCode).toBe(403)
    expect((await explore('regulatorHaikouDrug')).statusCode).toBe(404)
    expect((await explore('enterpriseB')).statusCode).toBe(404)
  })

  it('shows a regulator only the holders in its region, and says so', async () => {
    const reply = await explore('regulatorMeizhouFood')
    expect(reply.statusCode, reply.body).toBe(200)
    const graph = reply.json() as Graph
    expect(partyLabels(graph)).toEqual(['梅县食品厂', '梅江超市', '梅江食品供应商'].sort())
    expect(graph.truncatedByScope).toBe(true)
    expect(JSON.stringify(graph)).not.toContain('海口')
  })

  it('shows an enterprise its own records plus one step up and down; the operator everything', async () => {
    const enterprise = (await explore('enterpriseA')).json() as Graph
    expect(partyLabels(enterprise)).toEqual(['梅县食品厂', '梅江超市', '梅江食品供应商', '海口超市'].sort())
    const operator = (await explore('operator')).json() as Graph
    expect(operator.truncatedByScope).toBe(false)
    expect(partyLabels(operator)).toHaveLength(4)
  })
})
