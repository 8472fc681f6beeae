/** What one node is, who held it, what moved it: shown when a node is clicked in the graph or chosen in the table. */
import { formatTime } from '../../format'
import { useI18n, type MessageKey } from '../../i18n'
import type { Graph, GraphEdge, GraphNode } from './explorer-api'

function quantity(value: number | undefined, uom: string | undefined): string {
  return value === undefined ? '—' : `${value.toLocaleString()}${uom ? ` ${uom}` : ''}`
}

export function NodeDetails({ graph, node, loading, onExpand, onSelect, onClose }: {
  graph: Graph
  node: GraphNode
  loading: boolean
  onExpand: (id: string) => void
  onSelect: (id: string) => void
  onClose: () => void
}) {
  const { t, tMaybe } = useI18n()
  const byId = new Map(graph.nodes.map((n) => [n.id, n]))
  const links = graph.edges.filter((e) => e.source === node.id || e.target === node.id)
  const other = (edge: GraphEdge) => byId.get(edge.source === node.id ? edge.target : edge.source)
  return (
    <section className="card explorer-details" aria-labelledby="explorer-details-title" data-testid="explorer-details">
      <div className="explorer-details__head">
        <h2 id="explorer-details-title" className="card__title">{node.label}</h2>
        <button type="button" className="link-button" onClick={onClose}>{t('explorer.details.close')}</button>
      </div>
      <dl className="facts">
        <div className="facts__row"><dt>{t('explorer.details.kind')}</dt><dd>{t(`explorer.kind.${node.kind}` as MessageKey)}{node.subKind ? ` · ${tMaybe(`partyKind.${node.subKind}`) ?? node.subKind}` : ''}</dd></div>
        {node.code && <div className="facts__row"><dt>{t('explorer.details.code')}</dt><dd className="code-text">{node.code}</dd></div>}
        {node.productName && <div className="facts__row"><dt>{t('explorer.details.product')}</dt><dd>{node.productName}</dd></div>}
        {node.uscc && <div className="facts__row"><dt>{t('explorer.details.uscc')}</dt><dd className="code-text">{node.uscc}</dd></div>}
        {node.regionName && <div className="facts__row"><dt>{t('explorer.details.region')}</dt><dd>{node.regionName}</dd></div>}
        <div className="facts__row"><dt>{t('explorer.details.rank')}</dt><dd>{node.rank === 0 ? t('explorer.details.root') : t(node.rank < 0 ? 'explorer.details.upstream' : 'explorer.details.downstream', { count: Math.abs(node.rank) })}</dd></div>
        <div className="facts__row"><dt>{t('explorer.details.links')}</dt><dd>{t('explorer.details.linkCount', { shown: node.degree - node.hidden, total: node.degree })}</dd></div>
      </dl>
      {node.hidden > 0 && (
        <button type="button" className="button button--primary" disabled={loading} onClick={() => onExpand(node.id)}>
          {loading ? t('explorer.details.expanding') : t('explorer.details.expand', { count: node.hidden.toLocaleString() })}
        </button>
      )}
      {links.length > 0 && (
        <ul className="explorer-details__links">
          {links.slice(0, 30).map((edge) => {
            const next = other(edge)
            return (
              <li key={edge.id}>
                <span className="tag">{t(`explorer.edge.${edge.kind}` as MessageKey)}</span>{' '}
                {next && <button type="button" className="link-button" onClick={() => onSelect(next.id)}>{next.label}</button>}
                {edge.eventTime && <span className="muted"> · {formatTime(edge.eventTime)}</span>}
                {edge.kind === 'transfer' && <span className="muted"> · {quantity(edge.quantity, edge.uom)}{edge.confirmed ? '' : ` · ${t('explorer.details.unconfirmed')}`}</span>}
                {edge.kind === 'custody' && <span className="muted"> · {t('explorer.details.held', { received: quantity(edge.received || edge.made, edge.uom), remaining: quantity(edge.remaining, edge.uom) })}</span>}
              </li>
            )
          })}
          {links.length > 30 && <li className="muted">{t('explorer.details.moreLinks', { count: links.length - 30 })}</li>}
        </ul>
      )}
    </section>
  )
}
