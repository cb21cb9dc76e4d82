import { useSyncExternalStore } from 'react'

/** Client-side navigation over the History API: `pushState`, then tell the listeners. */
const listeners = new Set<() => void>()
let navigated = false

/** Whether the page changed screens since it loaded; headings take focus only then, so a fresh load starts at the top. */
export function hasNavigated(): boolean {
  return navigated
}

window.addEventListener('popstate', () => {
  navigated = true
})

function subscribe(listener: () => void) {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

export function navigate(path: string, options: { replace?: boolean } = {}) {
  if (path === window.location.pathname) return
  if (options.replace) window.history.replaceState(null, '', path)
  else window.history.pushState(null, '', path)
  navigated = true
  window.scrollTo(0, 0)
  for (const listener of listeners) listener()
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname)
}
