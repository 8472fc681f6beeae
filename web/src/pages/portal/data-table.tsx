/**
 * A list that pages, sorts and filters on the server: the column headers sort (aria-sort), the pager moves
 * by `limit`, and a change of filter starts again at the first page. Rows come from `{ items, total }`.
 * To reload (after an accept), the page gives it a new `key`.
 */
import { useEffect, useState, type ReactNode } from 'react'
import { LoadingState } from '../../components/status'
import { useI18n, type MessageKey } from '../../i18n'
import { useApi } from '../../use-api'
import { listPath } from './portal-api'

export interface Column<T> {
  label: MessageKey
  /** The server's sort key, when the column sorts. */
  sort?: string
  render: (row: T) => ReactNode
  numeric?: boolean
}

interface Props<T> {
  caption: string
  path: string
  filters: Record<string, string | number | boolean | undefined>
  columns: Column<T>[]
  defaultSort: string
  defaultDirection?: 'asc' | 'desc'
  limit?: number
  empty: string
  rowKey: (row: T, index: number) => string
}

export function DataTable<T>({ caption, path, filters, columns, defaultSort, defaultDirection = 'desc', limit = 10, empty, rowKey }: Props<T>) {
  const { t } = useI18n()
  const [offset, setOffset] = useState(0)
  const [sort, setSort] = useState(defaultSort)
  const [direction, setDirection] = useState<'asc' | 'desc'>(defaultDirection)
  const filterKey = JSON.stringify(filters)
  useEffect(() => setOffset(0), [filterKey])
  const url = listPath(path, { ...filters, sort, direction, limit, offset })
  const [state, retry] = useApi<{ items: T[]; total: number }>(url)

  const sortBy = (key: string) => {
    if (key === sort) setDirection(direction === 'asc' ? 'desc' : 'asc')
    else { setSort(key); setDirection('desc') }
    setOffset(0)
  }

  if (state.status === 'loading') return <LoadingState label={t('portal.loading')} />
  if (state.status === 'failed') {
    return <p className="portal-failure" role="alert">{t('portal.error.load')} <button type="button" className="button button--quiet" onClick={retry}>{t('error.retry')}</button></p>
  }
  const { items, total } = state.data
  return (
    <div className="portal-table">
      <div className="portal-table__scroll" tabIndex={0} role="region" aria-label={caption}>
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.label} scope="col" className={column.numeric ? 'portal-num' : undefined}
                  aria-sort={column.sort && column.sort === sort ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}>
                  {column.sort ? (
                    <button type="button" className="portal-sort" onClick={() => sortBy(column.sort!)}>
                      {t(column.label)} <span aria-hidden="true">{column.sort === sort ? (direction === 'asc' ? '▲' : '▼') : '↕'}</span>
                    </button>
                  ) : t(column.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.length === 0 && <tr><td colSpan={columns.length} className="portal-muted">{empty}</td></tr>}
            {items.map((row, index) => (
              <tr key={rowKey(row, index)}>
                {columns.map((column) => <td key={column.label} className={column.numeric ? 'portal-num' : undefined}>{column.render(row)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > 0 && (
        <nav className="portal-pager" aria-label={t('portal.pager.label', { caption })}>
          <span>{t('portal.pager.range', { from: offset + 1, to: Math.min(offset + limit, total), total })}</span>
          <button type="button" className="button button--quiet" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - limit))}>{t('portal.pager.previous')}</button>
          <button type="button" className="button button--quiet" disabled={offset + limit >= total} onClick={() => setOffset(offset + limit)}>{t('portal.pager.next')}</button>
        </nav>
      )}
    </div>
  )
}
