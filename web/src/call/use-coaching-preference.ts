import { useCallback, useState } from 'react'

const storageKey = 'toughcall.coach-during-call'

/** "Coach me during the call": on unless the trainee turned it off, remembered in this browser. */
export function useCoachingPreference(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => readPreference())
  const update = useCallback((value: boolean) => {
    setOn(value)
    try {
      window.localStorage.setItem(storageKey, value ? 'on' : 'off')
    } catch {
      // Private browsing may refuse storage; the choice still holds for this page.
    }
  }, [])
  return [on, update]
}

function readPreference(): boolean {
  try {
    return window.localStorage.getItem(storageKey) !== 'off'
  } catch {
    return true
  }
}
