import { useEffect } from 'react'

/** Asks the browser to confirm leaving (closing the tab, reloading) while there are unsaved edits. */
export function useBeforeUnloadWarning(active: boolean) {
  useEffect(() => {
    if (!active) return
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault()
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [active])
}
