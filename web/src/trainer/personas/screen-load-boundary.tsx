import { Component, type ReactNode } from 'react'

interface ScreenLoadBoundaryProps {
  children: ReactNode
}

/**
 * The persona screens load as their own script on first use; if that fails (offline, or a new release replaced the
 * file), this says so and offers a reload instead of a blank page.
 */
export class ScreenLoadBoundary extends Component<ScreenLoadBoundaryProps, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return (
      <div className="page">
        <h1 className="page-title">This screen could not be loaded</h1>
        <p className="form-problem" role="alert">
          Check your connection, then reload the page.
        </p>
        <p>
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
            Reload
          </button>
        </p>
      </div>
    )
  }
}
