/**
 * Every node shown, as a table: sortable by any column, filtered by text, a page at a time, and exported as
 * CSV (UTF-8 with BOM, so Excel opens the Chinese correctly). The table holds the graph answer already in
 * the browser, so it sorts and pages there; the answer itself is cut to size by the server (`limit`).
 */
import { useMemo, useState } from 'react'
import { useI18n, type MessageKey } from '../../i18n'
import type { Graph, GraphNode } from './explorer-api'

const PAGE = 25
type Column = 'label' | 'kind' | 'code' | 'regionName' | 'rank' | 'degree'
const COLUMNS: Column[] = ['label', 'kind', 'code', 'regionName', 'rank', 'degree']

function valueOf(node: GraphNode, column: Column): string | number {
  return node[column] ?? ''
}

function csvCell(value: string | number): string {
  const text = String(value)
  // A leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function toCsv(nodes: readonly GraphNode[], header: string[], kindName: (kind: string) => string): string {
  const rows = nodes.map((n) => [n.label, kindName(n.kind), n.code ?? n.uscc ?? '', n.regionName ?? '', n.regionCode ?? '', n.rank, n.degree, n.hidden])
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`
}

export function NodeTable({ graph, selected, onSelect }: { graph: Graph; selected?: string; onSelect: (id: string) => void }) {
  const { t } = useI18n()
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: 'rank', descending: false })
  const [filter, setFilter] = useState('')
  const [page, setPage] = useState(0)
  const kindName = (kind: string) => t(`explorer.kind.${kind}` as MessageKey)

  const rows = useMemo(() => {
    const needle = filter.trim().toLowerCase()
    const list = needle
      ? graph.nodes.filter((n) => [n.label, n.code, n.regionName, n.uscc].some((v) => v?.toLowerCase().includes(needle)))
      : [...graph.nodes]
    const sign = sort.descending ? -1 : 1
    return list.sort((a, b) => {
      const x = valueOf(a, sort.column), y = valueOf(b, sort.column)
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN')) * sign
    })
  }, [graph, filter, sort])
  const pages = Math.max(1, Math.ceil(rows.length / PAGE))
  const current = Math.min(page, pages - 1)

  const exportCsv = () => {
    const header = [t('explorer.table.label'), t('explorer.table.kind'), t('explorer.table.code'), t('explorer.table.regionName'), t('explorer.table.regionCode'), t('explorer.table.rank'), t('explorer.table.degree'), t('explorer.table.hidden')]
    const blob = new Blob([toCsv(rows, header, kindName)], { type: 'text/csv;charset=utf-8' })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = `trace-${graph.rootCode.replace(/[^\w.-]+/g, '_')}.csv`
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }

  const header = (column: Column) => {
    const active = sort.column === column
    return (
      <th key={column} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button type="button" className="link-button" onClick={() => { setSort({ column, descending: active ? !sort.descending : false }); setPage(0) }}>
          {t(`explorer.table.${column}` as MessageKey)}{active ? (sort.descending ? ' ▼' : ' ▲') : ''}
        </button>
      </th>
    )
  }

  return (
    <div className="explorer-table">
      <div className="explorer-table__tools">
        <label className="explorer-field">
          <span>{t('explorer.table.filter')}</span>
          <input type="search" value={filter} onChange={(e) => { setFilter(e.target.value); setPage(0) }} />
        </label>
        <button type="button" className="button" onClick={exportCsv}>{t('explorer.table.csv')}</button>
      </div>
      <div className="table-scroll">
        <table className="stats-table explorer-table__table">
          <caption className="visually-hidden">{t('explorer.table.caption')}</caption>
          <thead><tr>{COLUMNS.map(header)}</tr></thead>
          <tbody>
            {rows.slice(current * PAGE, current * PAGE + PAGE).map((node) => (
              <tr key={node.id} aria-selected={node.id === selected}>
                <td><button type="button" className="link-button" onClick={() => onSelect(node.id)}>{node.label}</button></td>
                <td>{kindName(node.kind)}</td>
                <td className="code-text">{node.code ?? node.uscc ?? ''}</td>
                <td>{node.regionName ?? ''}</td>
                <td className="num">{node.rank}</td>
                <td className="num">{node.degree}{node.hidden > 0 ? ` (${t('explorer.table.hiddenCount', { count: node.hidden })})` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="explorer-table__pager">
        <button type="button" className="button" disabled={current === 0} onClick={() => setPage(current - 1)}>{t('explorer.table.previous')}</button>
        <span>{t('explorer.table.page', { page: current + 1, pages, rows: rows.length })}</span>
        <button type="button" className="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>{t('explorer.table.next')}</button>
      </div>
    </div>
  )
}
