import { useCallback, useEffect, useState } from 'react'
import { api, onSignedOut } from './api/api-client'
import { ApiError } from './api/api-error'
import type { Me } from './api/api-types'
import { SignInScreen } from './auth/sign-in-screen'
import { CallScreen } from './call/call-screen'
import { HistoryCallScreen } from './history/history-call-screen'
import { HistoryScreen } from './history/history-screen'
import { AppShell } from './layout/app-shell'
import { PageHeading } from './layout/page-heading'
import { Link } from './routing/link'
import { matchRoute } from './routing/match-route'
import { navigate, usePathname } from './routing/navigation'
import { ScenarioList } from './scenarios/scenario-list'

type Account = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; me: Me } | { status: 'unreachable'; message: string }

export function App() {
  const [account, setAccount] = useState<Account>({ status: 'loading' })
  const pathname = usePathname()

  const loadMe = useCallback(async () => {
    try {
      setAccount({ status: 'signed-in', me: await api.me() })
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setAccount({ status: 'signed-out' })
      else setAccount({ status: 'unreachable', message: error instanceof Error ? error.message : String(error) })
    }
  }, [])

  useEffect(() => {
    void loadMe()
    return onSignedOut(() => setAccount({ status: 'signed-out' }))
  }, [loadMe])

  async function signOut() {
    await api.logout().catch(() => undefined)
    setAccount({ status: 'signed-out' })
    navigate('/', { replace: true })
  }

  switch (account.status) {
    case 'loading':
      return (
        <p className="page-loading" role="status">
          Loading…
        </p>
      )
    case 'unreachable':
      return (
        <main className="sign-in" id="main">
          <div className="sign-in-card">
            <h1 className="page-title">toughcall is not reachable</h1>
            <p className="form-problem" role="alert">
              {account.message}
            </p>
            <button type="button" className="button button-primary" onClick={() => void loadMe()}>
              Try again
            </button>
          </div>
        </main>
      )
    case 'signed-out':
      return <SignInScreen onSignedIn={loadMe} />
    case 'signed-in':
      return (
        <AppShell me={account.me} pathname={pathname} onSignOut={() => void signOut()}>
          <Screen pathname={pathname} me={account.me} />
        </AppShell>
      )
  }
}

function Screen({ pathname, me }: { pathname: string; me: Me }) {
  const route = matchRoute(pathname)
  switch (route.name) {
    case 'scenarios':
      return <ScenarioList models={me.models} />
    case 'call':
      return <CallScreen key={route.sessionId} sessionId={route.sessionId} models={me.models} />
    case 'history':
      return <HistoryScreen />
    case 'history-call':
      return <HistoryCallScreen key={route.sessionId} sessionId={route.sessionId} models={me.models} />
    case 'not-found':
      return (
        <div className="page">
          <PageHeading>Page not found</PageHeading>
          <p>
            There is nothing at this address. <Link href="/">Go to the scenarios</Link>.
          </p>
        </div>
      )
  }
}
