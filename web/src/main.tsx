import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import './styles/base.css'
import './styles/layout.css'
import './styles/scenarios.css'
import './styles/call.css'
import './styles/agent-brief.css'
import './styles/coaching.css'
import './styles/dialog.css'
import './styles/scorecard.css'
import './styles/history.css'
import './styles/data-table.css'
import './styles/trainer-team.css'
import './styles/trainer-personas.css'
import './styles/trainer-rubric.css'
import './styles/trainer-assignments.css'
import './styles/trainer-results.css'
import './styles/print.css'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
