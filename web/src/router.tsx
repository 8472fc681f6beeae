/**
 * A tiny History-API router: the current path as state, navigate(), and <Link> for in-app links. The server
 * answers index.html for every client route (src/http/server.ts WEB_ROUTES).
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react'

const NAVIGATE_EVENT = 'zhuisu:navigate'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(NAVIGATE_EVENT, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(NAVIGATE_EVENT, onChange)
  }
}

const currentPath = () => window.location.pathname

export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath)
}

/** Goes to an in-app path, keeping the query string's `lang` so a shared link stays in its language. */
export function navigate(to: string): void {
  const lang = new URLSearchParams(window.location.search).get('lang')
  const target = new URL(to, window.location.origin)
  if (lang && !target.searchParams.has('lang')) target.searchParams.set('lang', lang)
  const href = `${target.pathname}${target.search}${target.hash}`
  if (href === `${window.location.pathname}${window.location.search}${window.location.hash}`) return
  window.history.pushState(null, '', href)
  window.scrollTo(0, 0)
  window.dispatchEvent(new Event(NAVIGATE_EVENT))
}

function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
}

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string
}

export function Link({ to, onClick, ...rest }: LinkProps) {
  return (
    <a
      {...rest}
      href={to}
      onClick={(event) => {
        onClick?.(event)
        if (event.defaultPrevented || !isPlainLeftClick(event) || rest.target) return
        event.preventDefault()
        navigate(to)
      }}
    />
  )
}

/** The path of the public query page of a code. */
export const queryPagePath = (code: string) => `/q/${encodeURIComponent(code)}`

/** The code in a `/q/<code>` path, or undefined for any other path. */
export function codeFromPath(path: string): string | undefined {
  const match = /^\/q\/(.+)$/.exec(path)
  if (!match) return undefined
  try {
    return decodeURIComponent(match[1])
  } catch {
    // A malformed escape (`%E4%B8`) is still worth sending: the API explains why the code is invalid.
    return match[1]
  }
}
