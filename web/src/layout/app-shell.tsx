import type { ReactNode } from 'react'
import type { Me } from '../api/api-types'
import { Link } from '../routing/link'
import { ModelBanner } from './model-banner'

interface AppShellProps {
  me: Me
  pathname: string
  onSignOut: () => void
  children: ReactNode
}

/** Header, navigation and the model banner around every signed-in screen. */
export function AppShell({ me, pathname, onSignOut, children }: AppShellProps) {
  const current = (prefix: string) => (prefix === '/' ? pathname === '/' || pathname.startsWith('/call/') : pathname.startsWith(prefix))
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Link href="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              ◖
            </span>
            toughcall
          </Link>
          <nav aria-label="Main" className="app-nav">
            <Link href="/" aria-current={current('/') ? 'page' : undefined}>
              Practise
            </Link>
            <Link href="/history" aria-current={current('/history') ? 'page' : undefined}>
              History
            </Link>
            {me.user.role === 'trainer' && (
              <>
                <Link href="/results" aria-current={current('/results') ? 'page' : undefined}>
                  Results
                </Link>
                <Link href="/assignments" aria-current={current('/assignments') ? 'page' : undefined}>
                  Assignments
                </Link>
                <Link href="/personas" aria-current={current('/personas') ? 'page' : undefined}>
                  Personas
                </Link>
                <Link href="/rubric" aria-current={current('/rubric') ? 'page' : undefined}>
                  Rubric
                </Link>
                <Link href="/team" aria-current={current('/team') ? 'page' : undefined}>
                  Team
                </Link>
              </>
            )}
          </nav>
          <div className="app-user">
            <span className="app-user-name">{me.user.name}</span>
            <button type="button" className="button button-quiet button-small" onClick={onSignOut}>
              Sign out
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <ModelBanner models={me.models} />
        {children}
      </main>
    </>
  )
}
