/** The impact page's charts: holders by province on the China map, the flow from the root to kinds of holder, and movements by day. */
import { useMemo } from 'react'
import { EChart, type ChartOption } from '../../components/charts/echart'
import { CHINA_MAP, provinceName } from '../../components/charts/china-map'
import { useI18n, type MessageKey } from '../../i18n'
import type { Impact } from './impact-api'

export function HolderMap({ impact, selected, onSelect }: { impact: Impact; selected?: string; onSelect: (provinceCode: string | undefined) => void }) {
  const { t } = useI18n()
  const data = useMemo(() => impact.regions.filter((r) => r.level === 'province').map((r) => ({ name: provinceName(r.code), value: r.holders, code: r.code.slice(0, 2), selected: selected === r.code.slice(0, 2) })), [impact, selected])
  const option = useMemo<ChartOption>(() => ({
    tooltip: { trigger: 'item', formatter: (p: { name: string; value?: number }) => `${p.name}<br/>${t('impact.map.holders', { count: Number.isFinite(p.value) ? p.value ?? 0 : 0 })}` },
    visualMap: { min: 0, max: Math.max(1, ...data.map((d) => d.value)), left: 8, bottom: 8, text: [t('impact.map.more'), t('impact.map.fewer')], calculable: true, inRange: { color: ['#fde8e8', '#f87171', '#991b1b'] } },
    series: [{
      name: t('impact.map.title'), type: 'map', map: CHINA_MAP, roam: false, selectedMode: 'single',
      itemStyle: { areaColor: '#f5f7fa', borderColor: '#98a2b3' }, emphasis: { label: { show: true } }, data,
    }],
  }) as ChartOption, [data, t])
  return (
    <EChart option={option} height={420} label={t('impact.map.label', { provinces: data.length })}
      onClick={(event) => {
        const code = (event.data as { code?: string } | undefined)?.code
        onSelect(code && code !== selected ? code : undefined)
      }} />
  )
}

const MIDDLE_KINDS = new Set(['processor', 'producer', 'wholesaler', 'importer', 'logistics'])
const MAX_NAMED = 12

/** Root → makers → plants → wholesalers (named, the biggest 12 per level) → end holders aggregated by kind. */
export function flowGraph(impact: Impact, kindLabel: (kind: string) => string, others: string): { nodes: { name: string; depth: number }[]; links: { source: string; target: string; value: number }[] } {
  const makers = impact.upstream.filter((p) => p.roles.includes('producer')).map((p) => p.party.id ?? p.party.reference ?? '')
  const level = new Map<string, number>(makers.map((m) => [m, 1]))
  const outgoing = new Map<string, typeof impact.flows>()
  for (const flow of impact.flows) outgoing.set(flow.from, [...(outgoing.get(flow.from) ?? []), flow])
  let frontier = [...makers]
  for (let depth = 2; frontier.length > 0 && depth < 8; depth++) {
    const next: string[] = []
    for (const from of frontier) for (const flow of outgoing.get(from) ?? []) if (!level.has(flow.to) && MIDDLE_KINDS.has(flow.toKind ?? '')) { level.set(flow.to, depth); next.push(flow.to) }
    frontier = next
  }
  const endDepth = Math.max(1, ...level.values()) + 1
  const volume = new Map<string, number>()
  for (const flow of impact.flows) volume.set(flow.from, (volume.get(flow.from) ?? 0) + flow.lines)
  const named = new Set<string>()
  for (let depth = 1; depth < endDepth; depth++) {
    const atDepth = [...level].filter(([, d]) => d === depth).map(([id]) => id).sort((a, b) => (volume.get(b) ?? 0) - (volume.get(a) ?? 0))
    for (const id of atDepth.slice(0, MAX_NAMED)) named.add(id)
  }
  const nameOf = new Map(impact.flows.flatMap((f) => [[f.from, f.fromName ?? f.from], [f.to, f.toName ?? f.to]] as [string, string][]))
  for (const p of impact.upstream) nameOf.set(p.party.id ?? p.party.reference ?? '', p.party.name ?? p.party.reference ?? '')
  const nodeOf = (id: string, kind: string | undefined): { name: string; depth: number } => {
    const depth = level.get(id)
    if (depth === undefined) return { name: kindLabel(kind ?? 'other'), depth: endDepth }
    return named.has(id) ? { name: nameOf.get(id) ?? id, depth } : { name: `${others} (${depth})`, depth }
  }
  const nodes = new Map<string, { name: string; depth: number }>()
  const links = new Map<string, { source: string; target: string; value: number }>()
  const link = (source: { name: string; depth: number }, target: { name: string; depth: number }, value: number) => {
    if (target.depth <= source.depth) return
    nodes.set(source.name, source)
    nodes.set(target.name, target)
    const key = `${source.name}|${target.name}`
    links.set(key, { source: source.name, target: target.name, value: (links.get(key)?.value ?? 0) + value })
  }
  const rootNode = { name: impact.roots.map((r) => r.lotNumber ?? r.serial ?? r.code).slice(0, 3).join(' / ') + (impact.roots.length > 3 ? ' …' : ''), depth: 0 }
  for (const maker of makers) link(rootNode, nodeOf(maker, 'processor'), Math.max(1, volume.get(maker) ?? 1))
  for (const flow of impact.flows) link(nodeOf(flow.from, flow.fromKind), nodeOf(flow.to, flow.toKind), flow.lines)
  return { nodes: [...nodes.values()], links: [...links.values()] }
}

export function FlowGraph({ impact }: { impact: Impact }) {
  const { t } = useI18n()
  const graph = useMemo(() => flowGraph(impact, (kind) => t(`impact.kind.${kind}` as MessageKey), t('impact.graph.others')), [impact, t])
  const option = useMemo<ChartOption>(() => ({
    tooltip: { trigger: 'item' },
    series: [{
      type: 'sankey', data: graph.nodes.map((n) => ({ name: n.name, depth: n.depth })), links: graph.links, nodeAlign: 'left', draggable: false,
      emphasis: { focus: 'adjacency' }, lineStyle: { color: 'gradient', curveness: 0.5, opacity: 0.35 }, label: { fontSize: 11 },
      levels: [{ depth: 0, itemStyle: { color: '#b91c1c' } }],
    }],
  }) as ChartOption, [graph])
  if (graph.links.length === 0) return <p className="muted">{t('impact.graph.empty')}</p>
  return <EChart option={option} height={Math.max(320, Math.min(720, graph.nodes.length * 26))} label={t('impact.graph.label', { nodes: graph.nodes.length })} />
}

const ROLES = ['made', 'received', 'incoming', 'shipped', 'sold', 'used', 'destroyed'] as const
const ROLE_COLOURS: Record<string, string> = { made: '#0f6fa8', received: '#15803d', incoming: '#a3a3a3', shipped: '#7c3aed', sold: '#ca8a04', used: '#ea580c', destroyed: '#b91c1c' }

export function MovementTimeline({ impact }: { impact: Impact }) {
  const { t } = useI18n()
  const option = useMemo<ChartOption>(() => {
    const dates = [...new Set(impact.timeline.map((e) => e.date))].sort()
    const present = ROLES.filter((role) => impact.timeline.some((e) => e.role === role))
    return {
      tooltip: { trigger: 'axis' }, legend: { top: 0, type: 'scroll' }, grid: { left: 48, right: 16, top: 40, bottom: 56 },
      xAxis: { type: 'category', data: dates }, yAxis: { type: 'value', name: t('impact.timeline.movements') },
      dataZoom: dates.length > 20 ? [{ type: 'slider', bottom: 8 }] : undefined,
      series: present.map((role) => ({
        name: t(`impact.role.${role}` as MessageKey), type: 'bar', stack: 'all', itemStyle: { color: ROLE_COLOURS[role] },
        data: dates.map((d) => impact.timeline.find((e) => e.date === d && e.role === role)?.movements ?? 0),
      })),
    } as ChartOption
  }, [impact, t])
  if (impact.timeline.length === 0) return <p className="muted">{t('impact.timeline.empty')}</p>
  return <EChart option={option} height={300} label={t('impact.timeline.label')} />
}
