import { useEffect, useState } from 'react'
import { CallsTable } from './calls-table'
import { type ResultCall, resultsApi } from './results-api'

/** The calls matching the filters, a page at a time. */
export function RecentCalls({ query }: { query: URLSearchParams }) {
  const key = query.toString()
  const [calls, setCalls] = useState<ResultCall[] | null>(null)
  const [nextCursor, setNextCursor] = useState<string | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    setCalls(null)
    setProblem(null)
    resultsApi
      .calls(new URLSearchParams(key), null)
      .then((page) => {
        if (!current) return
        setCalls(page.sessions)
        setNextCursor(page.nextCursor)
      })
      .catch((error: Error) => current && setProblem(error.message))
    return () => {
      current = false
    }
  }, [key])

  async function loadMore() {
    if (!nextCursor) return
    setLoadingMore(true)
    setProblem(null)
    try {
      const page = await resultsApi.calls(new URLSearchParams(key), nextCursor)
      setCalls((shown) => [...(shown ?? []), ...page.sessions])
      setNextCursor(page.nextCursor)
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Could not load more calls.')
    } finally {
      setLoadingMore(false)
    }
  }

  return (
    <>
      {problem && (
        <p className="form-problem" role="alert">
          Could not load the calls: {problem}
        </p>
      )}
      {!calls && !problem && (
        <p className="results-muted" role="status">
          Loading calls…
        </p>
      )}
      {calls && calls.length === 0 && <p className="empty">No calls match these filters.</p>}
      {calls && calls.length > 0 && <CallsTable calls={calls} />}
      {nextCursor && (
        <p className="results-more">
          <button type="button" className="button" disabled={loadingMore} onClick={() => void loadMore()}>
            {loadingMore ? 'Loading…' : 'Show more calls'}
          </button>
        </p>
      )}
    </>
  )
}
