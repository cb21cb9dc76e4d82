import { Suspense, lazy } from 'react'
import { ScreenLoadBoundary } from './screen-load-boundary'
import { ScreenLoading } from './screen-loading'

// Loaded on first visit: the editor carries the spec schema and the built-in personas, which trainees never need.
const PersonaEditor = lazy(() => import('./persona-editor').then((module) => ({ default: module.PersonaEditor })))

/** Trainer: author a persona in a form (new when personaId is null), with versions, diff and test-drive. */
export function PersonaEditorScreen({ personaId }: { personaId: string | null }) {
  return (
    <ScreenLoadBoundary>
      <Suspense fallback={<ScreenLoading />}>
        <PersonaEditor personaId={personaId} />
      </Suspense>
    </ScreenLoadBoundary>
  )
}
