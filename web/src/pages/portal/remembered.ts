/** The form's remembered defaults (this site, last partner), in localStorage; blocked storage just forgets. */
const PREFIX = 'zhuisu.portal.'

export function remember(name: string, value: string): void {
  try {
    window.localStorage.setItem(PREFIX + name, value)
  } catch {
    // Private browsing may block storage: the default is then simply not remembered.
  }
}

/** The remembered value, if it is still one of `allowed` (a deleted site or a partner no longer known is dropped). */
export function recall(name: string, allowed: string[]): string | undefined {
  try {
    const value = window.localStorage.getItem(PREFIX + name) ?? undefined
    return value !== undefined && allowed.includes(value) ? value : undefined
  } catch {
    return undefined
  }
}
