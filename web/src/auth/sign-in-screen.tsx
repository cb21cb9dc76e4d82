import { type FormEvent, useEffect, useState } from 'react'
import { api } from '../api/api-client'

/** Email and password; the session cookie then keeps the trainee signed in across reloads. */
export function SignInScreen({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [working, setWorking] = useState(false)

  useEffect(() => {
    document.title = 'Sign in · toughcall'
  }, [])

  async function submit(event: FormEvent) {
    event.preventDefault()
    setWorking(true)
    setProblem(null)
    try {
      await api.login(email.trim(), password)
      await onSignedIn()
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Could not sign in.')
      setWorking(false)
    }
  }

  return (
    <main className="sign-in" id="main">
      <div className="sign-in-card">
        <p className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            ◖
          </span>
          toughcall
        </p>
        <h1 className="page-title">Sign in to practise</h1>
        <p className="page-intro">Difficult customers, safe to get wrong. Your trainer gave you an account.</p>
        <form onSubmit={submit} className="form">
          <label className="field">
            <span className="field-label">Email</span>
            <input className="input" type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} autoFocus />
          </label>
          <label className="field">
            <span className="field-label">Password</span>
            <input className="input" type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
          </label>
          {problem && (
            <p className="form-problem" role="alert">
              {problem}
            </p>
          )}
          <button type="submit" className="button button-primary button-wide" disabled={working}>
            {working ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
    </main>
  )
}
