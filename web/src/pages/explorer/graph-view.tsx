/**
 * The interactive trace graph (cytoscape): preset positions by rank (graph-layout.ts), elements added in
 * one batch, textures while panning and zooming, labels hidden when too small to read. A node with
 * neighbours not yet shown gets a dashed "N more — expand" summary node. The element carries
 * `data-rendered` (and the page a `explorer-first-render` performance mark) once cytoscape has drawn.
 */
import type { Core, ElementDefinition } from 'cytoscape'
import { useEffect, useRef, useState } from 'react'
import { useI18n, type MessageKey } from '../../i18n'
import type { Graph } from './explorer-api'
import { loadCytoscape } from './explorer-start'
import { layoutByRank, type Placed } from './graph-layout'
import { EDGE_COLOUR, graphStyle, NODE_LOOK } from './graph-style'

/** Above this many elements the graph draws in its fast mode (no arrows, no edge labels, pixel ratio 1). */
const LARGE = 400
/** Labels are cut here rather than by cytoscape's `text-wrap: ellipsis`, which measures every label again and again. */
const LABEL_CHARS = 22
const short = (label: string) => (label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label)
export const MORE_PREFIX = 'more:'

export interface GraphViewProps {
  graph: Graph
  selected?: string
  search: string
  onSelect: (nodeId: string) => void
  onExpand: (nodeId: string) => void
  onSearchResult: (count: number) => void
  /** Called once, after cytoscape's first render. */
  onRendered?: () => void
}

function elementsOf(graph: Graph, t: (key: MessageKey, values?: Record<string, string | number>) => string): ElementDefinition[] {
  const elements: ElementDefinition[] = []
  const placed: Placed[] = graph.nodes.map((n) => ({ id: n.id, rank: n.rank, kind: n.kind, label: n.label }))
  for (const node of graph.nodes) {
    if (node.hidden > 0) placed.push({ id: `${MORE_PREFIX}${node.id}`, rank: node.rank + (node.rank < 0 ? -1 : 1), kind: 'more', label: '' })
  }
  const positions = layoutByRank(placed)
  for (const node of graph.nodes) {
    const look = NODE_LOOK[node.kind] ?? NODE_LOOK.lot
    elements.push({ group: 'nodes', data: { id: node.id, label: short(node.label), kind: node.kind, shape: look.shape, colour: look.colour }, position: positions.get(node.id), classes: node.id === graph.rootId ? 'root' : undefined })
    if (node.hidden > 0) {
      const id = `${MORE_PREFIX}${node.id}`
      elements.push({ group: 'nodes', data: { id, label: t('explorer.graph.more', { count: node.hidden.toLocaleString() }), kind: 'more', shape: NODE_LOOK.more.shape, colour: NODE_LOOK.more.colour, of: node.id }, position: positions.get(id) })
      elements.push({ group: 'edges', data: { id: `${id}|edge`, source: node.id, target: id, kind: 'more', colour: EDGE_COLOUR.more, label: '' } })
    }
  }
  for (const edge of graph.edges) {
    elements.push({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, kind: edge.kind, colour: EDGE_COLOUR[edge.kind], label: edge.kind === 'custody' || edge.kind === 'site' ? '' : t(`explorer.edge.${edge.kind}` as MessageKey) } })
  }
  return elements
}

/** The first node whose label holds the text (what Enter in the search box selects). */
export function firstMatch(graph: Graph, text: string): string | undefined {
  const needle = text.trim().toLowerCase()
  return needle ? graph.nodes.find((n) => n.label.toLowerCase().includes(needle))?.id : undefined
}

export function GraphView({ graph, selected, search, onSelect, onExpand, onSearchResult, onRendered }: GraphViewProps) {
  const { t, language } = useI18n()
  const tRef = useRef(t)
  tRef.current = t
  const container = useRef<HTMLDivElement>(null)
  const cy = useRef<Core | undefined>(undefined)
  const handlers = useRef({ onSelect, onExpand, onRendered })
  handlers.current = { onSelect, onExpand, onRendered }
  const [failed, setFailed] = useState(false)

  // Draw (again) whenever the graph changes: one batch, preset positions, fit.
  useEffect(() => {
    let disposed = false
    void (async () => {
      try {
        const cytoscape = (await loadCytoscape()).default
        if (disposed || !container.current) return
        const elements = elementsOf(graph, tRef.current)
        const large = elements.length > LARGE
        if (!cy.current) {
          const instance = cytoscape({
            container: container.current, style: graphStyle(large), layout: { name: 'preset' }, minZoom: 0.02, maxZoom: 3,
            textureOnViewport: large, hideEdgesOnViewport: large, pixelRatio: large ? 1 : 'auto', boxSelectionEnabled: false,
          })
          cy.current = instance
          instance.on('tap', 'node', (event) => {
            const id = event.target.id() as string
            const of = event.target.data('of') as string | undefined
            if (of) handlers.current.onExpand(of)
            else handlers.current.onSelect(id)
          })
        } else {
          cy.current.style(graphStyle(large))
        }
        const instance = cy.current
        instance.batch(() => {
          instance.elements().remove()
          instance.add(elements)
        })
        instance.fit(undefined, 30)
        const element = container.current
        if (element) {
          element.dataset.nodes = String(graph.nodes.length)
          if (!element.dataset.rendered) {
            instance.one('render', () => {
              element.dataset.rendered = 'true'
              performance.mark('explorer-first-render')
              handlers.current.onRendered?.()
            })
          }
        }
      } catch (error) {
        console.error('graph failed', error)
        if (!disposed) setFailed(true)
      }
    })()
    return () => {
      disposed = true
    }
  }, [graph, language])

  useEffect(() => () => {
    cy.current?.destroy()
    cy.current = undefined
  }, [])

  // Cytoscape keeps the canvas's page offset: tell it after every render, in case something above moved it.
  useEffect(() => {
    cy.current?.resize()
  })

  // Selection follows the details panel and the table.
  useEffect(() => {
    const instance = cy.current
    if (!instance) return
    instance.nodes(':selected').unselect()
    if (selected) instance.getElementById(selected).select()
  }, [selected, graph])

  // Search: highlight matching nodes and bring them into view.
  useEffect(() => {
    const instance = cy.current
    if (!instance) return
    const needle = search.trim().toLowerCase()
    instance.batch(() => instance.nodes().removeClass('match'))
    if (!needle) {
      onSearchResult(0)
      return
    }
    const matches = instance.nodes().filter((n) => String(n.data('label')).toLowerCase().includes(needle) || n.id().toLowerCase() === needle)
    instance.batch(() => matches.addClass('match'))
    if (matches.length > 0 && matches.length <= 200) instance.fit(matches, 60)
    // Reported once the view has moved: a click on a found node can follow at once.
    onSearchResult(matches.length)
  }, [search, graph, onSearchResult])

  const zoom = (factor: number) => {
    const instance = cy.current
    if (!instance) return
    instance.zoom({ level: instance.zoom() * factor, renderedPosition: { x: instance.width() / 2, y: instance.height() / 2 } })
  }

  const exportPng = async () => {
    const instance = cy.current
    if (!instance) return
    const blob = await instance.png({ output: 'blob-promise', full: true, bg: '#ffffff', maxWidth: 4000, maxHeight: 4000 })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = `trace-${graph.rootCode.replace(/[^\w.-]+/g, '_')}.png`
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }

  return (
    <div className="explorer-graph">
      <div className="explorer-graph__tools" role="toolbar" aria-label={t('explorer.graph.tools')}>
        <button type="button" className="button" onClick={() => zoom(1.4)} aria-label={t('explorer.graph.zoomIn')}>＋</button>
        <button type="button" className="button" onClick={() => zoom(1 / 1.4)} aria-label={t('explorer.graph.zoomOut')}>－</button>
        <button type="button" className="button" onClick={() => cy.current?.fit(undefined, 30)}>{t('explorer.graph.fit')}</button>
        <button type="button" className="button" onClick={() => void exportPng()}>{t('explorer.graph.png')}</button>
      </div>
      <div ref={container} className="explorer-graph__canvas" role="img" aria-label={t('explorer.graph.label', { count: graph.nodes.length })} data-testid="explorer-graph" />
      {failed && <p className="inline-error">{t('explorer.graph.failed')}</p>}
      <ul className="explorer-legend" aria-label={t('explorer.legend')}>
        {(['lot', 'item', 'container', 'party', 'site', 'more'] as const).map((kind) => (
          <li key={kind}><span className={`explorer-legend__mark explorer-legend__mark--${kind}`} aria-hidden="true" />{t(`explorer.kind.${kind}`)}</li>
        ))}
      </ul>
    </div>
  )
}
