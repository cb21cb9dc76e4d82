import { useEffect, useRef } from 'react'
import type { AgentBrief } from '../api/api-types'
import { AgentBriefView } from '../scenarios/agent-brief-view'

/** The agent's screen beside the call at desktop widths; hidden by the stylesheet on a phone, where the drawer shows it. */
export function AgentScreenPanel({ brief }: { brief: AgentBrief }) {
  return (
    // Focusable, so a keyboard can scroll it when the screen is longer than the window.
    <aside className="agent-screen-panel" aria-labelledby="agent-screen-panel-title" tabIndex={0}>
      <h2 className="agent-screen-title" id="agent-screen-panel-title">
        Your screen
      </h2>
      <AgentBriefView brief={brief} />
    </aside>
  )
}

/**
 * The same screen as a drawer, for a phone: a native modal dialog, so focus stays inside while it is
 * open, Escape closes it, and focus goes back to the button that opened it.
 */
export function AgentScreenDrawer({ brief, open, onClose }: { brief: AgentBrief; open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) element.showModal()
    else if (!open && element.open) element.close()
  }, [open])

  return (
    <dialog
      ref={dialog}
      className="dialog agent-screen-drawer"
      aria-labelledby="agent-screen-drawer-title"
      onClose={onClose}
      // A click on the backdrop lands on the dialog itself (its content fills it): close, as a drawer does.
      onClick={(event) => event.target === event.currentTarget && dialog.current?.close()}
    >
      <div className="agent-screen-drawer-body">
        <div className="agent-screen-drawer-head">
          <h2 className="agent-screen-title" id="agent-screen-drawer-title">
            Your screen
          </h2>
          <button type="button" className="button button-small" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        <AgentBriefView brief={brief} />
      </div>
    </dialog>
  )
}
