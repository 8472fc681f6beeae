/** How each kind of node and edge looks in the graph: a distinct shape and colour per node kind, edge labels by kind. */
import type { StylesheetJson } from 'cytoscape'

export const NODE_LOOK: Record<string, { shape: string; colour: string }> = {
  lot: { shape: 'round-rectangle', colour: '#0f6fa8' },
  class: { shape: 'round-rectangle', colour: '#0b5b8c' },
  item: { shape: 'ellipse', colour: '#7c3aed' },
  container: { shape: 'rectangle', colour: '#b45309' },
  party: { shape: 'hexagon', colour: '#15803d' },
  site: { shape: 'triangle', colour: '#667085' },
  more: { shape: 'round-tag', colour: '#98a2b3' },
}

export const EDGE_COLOUR: Record<string, string> = {
  transformation: '#0f6fa8', aggregation: '#b45309', transfer: '#15803d', custody: '#98a2b3', site: '#d0d5dd', more: '#98a2b3',
}

/**
 * `large`: straight edges without arrows, no edge labels, and node labels only on parties, the root, the
 * summaries and what is selected or found (measuring thousands of labels is what makes a first render slow).
 */
export function graphStyle(large: boolean): StylesheetJson {
  const quiet: StylesheetJson = large ? [
    { selector: 'node', style: { label: '' } },
    { selector: 'node[kind = "party"], node[kind = "more"], node.root, node.match, node:selected', style: { label: 'data(label)' } },
  ] : []
  return [
    {
      selector: 'node',
      style: {
        shape: 'data(shape)' as never, 'background-color': 'data(colour)', width: 28, height: 28, label: 'data(label)',
        'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4,
        color: '#1d2939', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': '1px',
        // Labels vanish when zoomed out so far that they could not be read anyway.
        'min-zoomed-font-size': 7,
      },
    },
    ...quiet,
    { selector: 'node[kind = "party"]', style: { width: 36, height: 32, 'font-weight': 'bold' } },
    { selector: 'node[kind = "more"]', style: { 'background-opacity': 0.25, 'border-width': 2, 'border-style': 'dashed', 'border-color': '#667085', width: 34, height: 22, color: '#475467' } },
    { selector: 'node.root', style: { 'border-width': 4, 'border-color': '#f59e0b', width: 38, height: 38 } },
    { selector: 'node.match', style: { 'border-width': 4, 'border-color': '#b42318', 'z-index': 9 } },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#073a5a', 'overlay-opacity': 0.1 } },
    { selector: 'node.faded', style: { opacity: 0.25 } },
    {
      selector: 'edge',
      style: large
        ? { width: 1, 'line-color': 'data(colour)', 'curve-style': 'haystack', opacity: 0.6 }
        : {
            width: 2, 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier',
            label: 'data(label)', 'font-size': 9, color: '#475467', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff',
            'text-background-opacity': 0.8, 'min-zoomed-font-size': 8,
          },
    },
    { selector: 'edge[kind = "aggregation"]', style: { 'line-style': 'dashed' } },
    { selector: 'edge[kind = "custody"]', style: { width: 1, 'target-arrow-shape': 'none', 'line-style': 'dotted' } },
    { selector: 'edge[kind = "site"]', style: { width: 1, 'target-arrow-shape': 'none' } },
    { selector: 'edge[kind = "more"]', style: { width: 1, 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
  ]
}
