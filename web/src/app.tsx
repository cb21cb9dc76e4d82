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
import { matchRoute, trainerRoutes } from './routing/match-route'
import { navigate, usePathname } from './routing/navigation'
import { ScenarioList } from './scenarios/scenario-list'
import { AcceptInviteScreen } from './auth/accept-invite-screen'
import { TeamScreen } from './trainer/team/team-screen'
import { PersonaListScreen } from './trainer/personas/persona-list-screen'
import { PersonaEditorScreen } from './trainer/personas/persona-editor-screen'
import { RubricScreen } from './trainer/rubric/rubric-screen'
import { AssignmentsScreen } from './trainer/assignments/assignments-screen'
import { DashboardScreen } from './trainer/results/dashboard-screen'
import { ReviewCallScreen } from './trainer/results/review-call-screen'

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

  // An invitation or password-reset link works whoever is signed in on this browser.
  if (pathname === '/invite') return <AcceptInviteScreen onSignedIn={() => void loadMe().then(() => navigate('/', { replace: true }))} />

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
  if (trainerRoutes.has(route.name) && me.user.role !== 'trainer') return <NotFound />
  switch (route.name) {
    case 'scenarios':
      return <ScenarioList models={me.models} />
    case 'call':
      return <CallScreen key={route.sessionId} sessionId={route.sessionId} models={me.models} />
    case 'history':
      return <HistoryScreen />
    case 'history-call':
      return <HistoryCallScreen key={route.sessionId} sessionId={route.sessionId} models={me.models} />
    case 'team':
      return <TeamScreen />
    case 'personas':
      return <PersonaListScreen />
    case 'persona-editor':
      return <PersonaEditorScreen key={route.personaId ?? 'new'} personaId={route.personaId} />
    case 'rubric':
      return <RubricScreen />
    case 'assignments':
      return <AssignmentsScreen />
    case 'results':
      return <DashboardScreen />
    case 'review-call':
      return <ReviewCallScreen key={route.sessionId} sessionId={route.sessionId} />
    case 'invite':
    case 'not-found':
      return <NotFound />
  }
}

function NotFound() {
  return (
    <div className="page">
      <PageHeading>Page not found</PageHeading>
      <p>
        There is nothing at this address. <Link href="/">Go to the scenarios</Link>.
      </p>
    </div>
  )
}
