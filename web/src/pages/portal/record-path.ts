/** The record page's paths: the router reads them without loading the page and its forms. */
export const RECORD_PATH = '/portal/record'

/** `/portal/record/agri/slaughter/intake` → `agri/slaughter/intake`; `/portal/record` → ''; anything else → undefined. */
export function recordStepFromPath(path: string): string | undefined {
  if (path === RECORD_PATH) return ''
  const match = /^\/portal\/record\/([a-z_]+\/[a-z_]+\/[a-z_]+)$/.exec(path)
  return match ? match[1] : undefined
}
