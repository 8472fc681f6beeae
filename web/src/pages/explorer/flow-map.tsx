/** Where the product went: parties as points on the China map (region centres), transfers as lines between them. */
import { useMemo } from 'react'
import { EChart, type ChartOption } from '../../components/charts/echart'
import { CHINA_MAP } from '../../components/charts/china-map'
import { useI18n } from '../../i18n'
import type { Graph } from './explorer-api'

interface Flow { from: string; to: string; coords: [[number, number], [number, number]]; events: number }

export function flowsOf(graph: Graph): { points: { name: string; value: [number, number, number]; id: string }[]; flows: Flow[] } {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]))
  const held = new Map<string, number>()
  for (const edge of graph.edges) if (edge.kind === 'custody') held.set(edge.source, (held.get(edge.source) ?? 0) + 1)
  const points = graph.nodes
    .filter((n) => n.kind === 'party' && n.coordinates)
    .map((n) => ({ id: n.id, name: n.label, value: [n.coordinates![0], n.coordinates![1], held.get(n.id) ?? 0] as [number, number, number] }))
  const flows = new Map<string, Flow>()
  for (const edge of graph.edges) {
    if (edge.kind !== 'transfer') continue
    const from = byId.get(edge.source), to = byId.get(edge.target)
    if (!from?.coordinates || !to?.coordinates) continue
    const key = `${edge.source}|${edge.target}`
    const flow = flows.get(key) ?? { from: from.label, to: to.label, coords: [from.coordinates, to.coordinates], events: 0 }
    flow.events++
    flows.set(key, flow)
  }
  return { points, flows: [...flows.values()] }
}

/** Centre and zoom that frame the points (the whole country when they spread wide). */
export function frame(points: readonly { value: [number, number, number] }[]): { center?: [number, number]; zoom: number } {
  if (points.length === 0) return { zoom: 1.2 }
  const xs = points.map((p) => p.value[0]), ys = points.map((p) => p.value[1])
  const spread = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys))
  const center: [number, number] = [(Math.max(...xs) + Math.min(...xs)) / 2, (Math.max(...ys) + Math.min(...ys)) / 2]
  const zoom = spread < 2 ? 6 : spread < 5 ? 4 : spread < 12 ? 2 : 1.2
  return zoom === 1.2 ? { zoom } : { center, zoom }
}

export function FlowMap({ graph, onSelect }: { graph: Graph; onSelect: (id: string) => void }) {
  const { t } = useI18n()
  const { points, flows } = useMemo(() => flowsOf(graph), [graph])
  const option = useMemo<ChartOption>(() => ({
    tooltip: { trigger: 'item' },
    geo: { map: CHINA_MAP, roam: true, ...frame(points), itemStyle: { areaColor: '#f1f7fb', borderColor: '#98a2b3' }, emphasis: { itemStyle: { areaColor: '#e3f0f8' } } },
    series: [
      {
        name: t('explorer.map.flows'), type: 'lines', coordinateSystem: 'geo', zlevel: 1,
        lineStyle: { color: '#15803d', width: 2, opacity: 0.7, curveness: 0.2 },
        effect: { show: true, period: 5, symbol: 'arrow', symbolSize: 6 },
        data: flows.map((f) => ({ name: `${f.from} → ${f.to}`, coords: f.coords, value: f.events })),
      },
      {
        name: t('explorer.map.parties'), type: 'scatter', coordinateSystem: 'geo', zlevel: 2,
        symbolSize: (value: number[]) => 8 + Math.min(16, Math.sqrt(value[2] ?? 0) * 3),
        itemStyle: { color: '#0f6fa8' }, label: { show: points.length <= 30, formatter: '{b}', position: 'right', fontSize: 11 },
        data: points,
      },
    ],
  }) as ChartOption, [points, flows, t])
  return (
    <div className="explorer-map">
      <EChart option={option} height={420} label={t('explorer.map.label', { parties: points.length, flows: flows.length })}
        onClick={(event) => { const id = (event.data as { id?: string } | undefined)?.id; if (id) onSelect(id) }} />
      {points.length === 0 && <p className="muted">{t('explorer.map.empty')}</p>}
    </div>
  )
}
