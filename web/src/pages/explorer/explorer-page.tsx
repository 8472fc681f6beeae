/**
 * The trace explorer, `/explorer?code=…&direction=…` (regulators and enterprises, within their rights):
 * a code's backward and forward trace as an interactive graph, a map of where the product went, a
 * timeline of events and a table; nodes expand on demand; the picture exports as PNG, the table as CSV.
 */
import { useCallback, useEffect, useState, useSyncExternalStore, type FormEvent } from 'react'
import { ApiError, getJson } from '../../api'
import { ErrorState, LoadingState } from '../../components/status'
import { useDocumentTitle } from '../../components/use-document-title'
import { useI18n, type MessageKey } from '../../i18n'
import { Link, navigate } from '../../router'
import { DIRECTIONS, explorerPagePath, explorerPath, explorerQuery, mergeGraphs, type Direction, type Graph } from './explorer-api'
import { loadCytoscape, takeOverview } from './explorer-start'
import { EventTimeline } from './event-timeline'
import { FlowMap } from './flow-map'
import { firstMatch, GraphView, MORE_PREFIX } from './graph-view'
import { NodeDetails } from './node-details'
import { NodeTable } from './node-table'
import './explorer.css'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener('zhuisu:navigate', onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener('zhuisu:navigate', onChange)
  }
}

function useQuery(): { code: string; direction: Direction } {
  return explorerQuery(useSyncExternalStore(subscribe, () => window.location.search))
}

type Loaded = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; graph: Graph } | { status: 'failed'; error: Error }

export function ExplorerPage() {
  const { t, language } = useI18n()
  useDocumentTitle(t('explorer.title'))
  const query = useQuery()
  const [input, setInput] = useState(query.code)
  const [direction, setDirection] = useState<Direction>(query.direction)
  const [loaded, setLoaded] = useState<Loaded>({ status: 'idle' })
  const [attempt, setAttempt] = useState(0)
  const [selected, setSelected] = useState<string | undefined>()
  const [expanding, setExpanding] = useState<string | undefined>()
  const [notice, setNotice] = useState<string | undefined>()
  const [search, setSearch] = useState('')
  const [matches, setMatches] = useState(0)
  // The map, timeline and table wait for the graph's first picture, so that it comes first.
  const [drawn, setDrawn] = useState(false)
  const onRendered = useCallback(() => setDrawn(true), [])

  useEffect(() => {
    setInput(query.code)
    setDirection(query.direction)
    setSelected(undefined)
    if (!query.code) {
      setLoaded({ status: 'idle' })
      return
    }
    const controller = new AbortController()
    setLoaded({ status: 'loading' })
    void loadCytoscape().catch(() => undefined)
    const path = explorerPath(query.code, query.direction)
    // The first load's request was started with the page's code (explorer-start.ts).
    const answer = takeOverview(path) ?? getJson<Graph>(path, language, controller.signal)
    answer.then(
      (graph) => {
        if (controller.signal.aborted) return
        // With `explorer-first-render` (graph-view.tsx): the browser test tells the answer's time from the drawing's.
        performance.mark('explorer-answer')
        setLoaded({ status: 'ready', graph })
      },
      (error: unknown) => { if (!controller.signal.aborted) setLoaded({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) }) },
    )
    return () => controller.abort()
    // A language change does not refetch: the answer holds no translated text.
  }, [query.code, query.direction, attempt])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (input.trim()) navigate(explorerPagePath(input.trim(), direction))
  }

  const expand = useCallback((nodeId: string) => {
    if (loaded.status !== 'ready' || expanding) return
    const id = nodeId.startsWith(MORE_PREFIX) ? nodeId.slice(MORE_PREFIX.length) : nodeId
    setExpanding(id)
    setNotice(undefined)
    getJson<Graph>(explorerPath(query.code, query.direction, id), language).then(
      (more) => {
        setLoaded((state) => (state.status === 'ready' ? { status: 'ready', graph: mergeGraphs(state.graph, more) } : state))
        setSelected(id)
        setNotice(t('explorer.expanded', { count: more.nodes.length }))
      },
      (error: unknown) => setNotice(error instanceof ApiError ? error.messageIn(language) : t('explorer.expandFailed')),
    ).finally(() => setExpanding(undefined))
  }, [loaded.status, expanding, query.code, query.direction, language, t])

  const onSearchResult = useCallback((count: number) => setMatches(count), [])
  const graph = loaded.status === 'ready' ? loaded.graph : undefined
  const selectedNode = graph?.nodes.find((n) => n.id === selected)

  return (
    <div className="container explorer">
      <h1 className="explorer__title">{t('explorer.title')}</h1>
      <p className="explorer__lead">{t('explorer.lead')}</p>
      <form className="card explorer-form" onSubmit={submit} role="search" aria-label={t('explorer.form.label')}>
        <label className="explorer-field explorer-field--code">
          <span>{t('explorer.form.code')}</span>
          <input type="text" value={input} onChange={(e) => setInput(e.target.value)} placeholder={t('entry.placeholder')} autoComplete="off" spellCheck={false} />
        </label>
        <fieldset className="explorer-direction">
          <legend>{t('explorer.form.direction')}</legend>
          {DIRECTIONS.map((d) => (
            <label key={d}>
              <input type="radio" name="direction" value={d} checked={direction === d} onChange={() => setDirection(d)} />
              {t(`explorer.direction.${d}` as MessageKey)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button button--primary">{t('explorer.form.submit')}</button>
      </form>
      <details className="explorer-help">
        <summary>{t('explorer.help.title')}</summary>
        <ul>
          {(['graph', 'expand', 'map', 'table', 'scope', 'large'] as const).map((k) => <li key={k}>{t(`explorer.help.${k}`)}</li>)}
        </ul>
      </details>
      {loaded.status === 'idle' && <p className="muted explorer__empty">{t('explorer.empty')}</p>}
      {loaded.status === 'loading' && <LoadingState label={t('explorer.loading')} />}
      {loaded.status === 'failed' && <ExplorerError error={loaded.error} onRetry={() => setAttempt((n) => n + 1)} />}
      {graph && (
        <>
          <p className="explorer-summary" role="status" data-testid="explorer-summary">
            {t('explorer.summary', { shown: graph.nodes.length.toLocaleString(), total: graph.totalNodes.toLocaleString(), edges: graph.edges.length.toLocaleString() })}
            {graph.truncated && <span className="tag tag--muted">{t('explorer.truncated')}</span>}
            {graph.truncatedByScope && <span className="tag tag--muted">{t('explorer.truncatedByScope')}</span>}
            {notice && <span className="explorer-notice">{notice}</span>}
          </p>
          <label className="explorer-field explorer-search">
            <span>{t('explorer.search')}</span>
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('explorer.searchPlaceholder')}
              onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); const id = firstMatch(graph, search); if (id) setSelected(id) } }} />
            <span className="muted explorer-search__count" aria-live="polite">{search.trim() ? t('explorer.matches', { count: matches }) : ''}</span>
          </label>
          <div className="explorer-main">
            <GraphView graph={graph} selected={selected} search={search} onSelect={setSelected} onExpand={expand} onSearchResult={onSearchResult} onRendered={onRendered} />
            {selectedNode
              ? <NodeDetails graph={graph} node={selectedNode} loading={expanding !== undefined} onExpand={expand} onSelect={setSelected} onClose={() => setSelected(undefined)} />
              : <p className="card explorer-details explorer-details--hint">{t('explorer.details.hint')}</p>}
          </div>
          {drawn && <>
          <section className="card explorer-section" aria-labelledby="explorer-map-title">
            <h2 id="explorer-map-title" className="card__title">{t('explorer.map.title')}</h2>
            <FlowMap graph={graph} onSelect={setSelected} />
          </section>
          <section className="card explorer-section" aria-labelledby="explorer-timeline-title">
            <h2 id="explorer-timeline-title" className="card__title">{t('explorer.timeline.title')}</h2>
            <EventTimeline graph={graph} />
          </section>
          <section className="card explorer-section" aria-labelledby="explorer-table-title">
            <h2 id="explorer-table-title" className="card__title">{t('explorer.table.title')}</h2>
            <NodeTable graph={graph} selected={selected} onSelect={setSelected} />
          </section>
          </>}
        </>
      )}
    </div>
  )
}

function ExplorerError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t, language } = useI18n()
  if (error instanceof ApiError && error.status === 401) {
    return (
      <ErrorState title={t('explorer.signIn')} tone="notice">
        <p><Link to="/account/login">{t('explorer.signInLink')}</Link></p>
      </ErrorState>
    )
  }
  if (error instanceof ApiError && error.status < 500) {
    return <ErrorState title={error.messageIn(language)} tone="notice"><p className="state__code">{error.code}</p></ErrorState>
  }
  return <ErrorState title={t('explorer.failed')} onRetry={onRetry}><p>{error.message}</p></ErrorState>
}
