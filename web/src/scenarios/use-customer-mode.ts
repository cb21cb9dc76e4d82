import { useCallback, useState } from 'react'
import type { CallMode } from '../api/api-types'

const storageKey = 'toughcall.customer-mode'

/** AI or scripted customer for the next call: the AI unless the trainee chose otherwise, remembered in this browser. */
export function useCustomerMode(): [CallMode, (mode: CallMode) => void] {
  const [mode, setMode] = useState<CallMode>(() => readPreference())
  const update = useCallback((value: CallMode) => {
    setMode(value)
    try {
      window.localStorage.setItem(storageKey, value)
    } catch {
      // Private browsing may refuse storage; the choice still holds for this page.
    }
  }, [])
  return [mode, update]
}

function readPreference(): CallMode {
  try {
    return window.localStorage.getItem(storageKey) === 'scripted' ? 'scripted' : 'model'
  } catch {
    return 'model'
  }
}
