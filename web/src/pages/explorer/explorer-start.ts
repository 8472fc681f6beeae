/**
 * The explorer's first picture waits on three downloads: the page's code, the overview answer and
 * cytoscape. The router starts all three together when it first loads the page (lazy-pages.ts) rather than
 * one after another; the page then takes the answer over (takeOverview), and cytoscape's chunk is fetched
 * once (loadCytoscape). A small module of its own, so that the router does not pull the page in.
 */
import { getJson } from '../../api'
import { initialLanguage } from '../../i18n'
import { explorerPath, explorerQuery, type Graph } from './explorer-api'

const importCytoscape = () => import('cytoscape')
let cytoscapeModule: ReturnType<typeof importCytoscape> | undefined

/** Cytoscape's chunk (about 140 kB gzip), fetched once (again after a failure). */
export function loadCytoscape(): ReturnType<typeof importCytoscape> {
  const loading = cytoscapeModule ?? importCytoscape().catch((error: unknown) => {
    cytoscapeModule = undefined
    throw error
  })
  cytoscapeModule = loading
  return loading
}

let started: { path: string; answer: Promise<Graph> } | undefined

/** For the address being opened: the overview request and cytoscape's chunk, while the page's code loads. */
export function startExplorer(): void {
  const { code, direction } = explorerQuery(window.location.search)
  if (!code) return
  void loadCytoscape().catch(() => undefined)
  const path = explorerPath(code, direction)
  const answer = getJson<Graph>(path, initialLanguage())
  // Its failure is reported by the page that takes it; until then it must not count as unhandled.
  answer.catch(() => undefined)
  started = { path, answer }
}

/** The answer started for this path, once: the page's first load takes it, any later load fetches its own. */
export function takeOverview(path: string): Promise<Graph> | undefined {
  const taken = started
  started = undefined
  return taken?.path === path ? taken.answer : undefined
}
