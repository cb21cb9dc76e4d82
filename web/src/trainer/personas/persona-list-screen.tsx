import { Suspense, lazy } from 'react'
import { ScreenLoadBoundary } from './screen-load-boundary'
import { ScreenLoading } from './screen-loading'

// Loaded on first visit: the persona screens carry the spec schema and the built-in personas, which trainees never need.
const PersonaList = lazy(() => import('./persona-list').then((module) => ({ default: module.PersonaList })))

/** Trainer: every persona (built-in, drafts, archived), import and export. */
export function PersonaListScreen() {
  return (
    <ScreenLoadBoundary>
      <Suspense fallback={<ScreenLoading />}>
        <PersonaList />
      </Suspense>
    </ScreenLoadBoundary>
  )
}
