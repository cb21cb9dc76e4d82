import type { assignmentDetail, assignmentSummary } from '../../../../src/server/assignments/assignment-views'
import type { myAssignmentView } from '../../../../src/server/assignments/my-assignment-view'
import { json } from '../../api/api-client'
import type { CallMode, SessionState } from '../../api/api-types'
import { assignmentCallMode } from './assignment-labels'

/** A line of the trainer's list: scenario, audience, due date, pass mark, and how many trainees are where. */
export type AssignmentSummary = ReturnType<typeof assignmentSummary>
/** One assignment with a row per trainee. */
export type AssignmentDetail = ReturnType<typeof assignmentDetail>
export type AssignmentTraineeRow = AssignmentDetail['trainees'][number]
/** An assignment as its trainee sees it on the home screen. */
export type MyAssignment = ReturnType<typeof myAssignmentView>
export type AssignmentStatus = MyAssignment['status']

export interface TraineeOption {
  id: string
  name: string
  email: string
}

/** What `POST /api/assignments` takes. */
export interface NewAssignment {
  personaId: string
  audience: 'all' | 'selected'
  traineeIds?: string[]
  /** ISO date-time (the web app sends the end of the chosen day in the trainer's time zone). */
  dueAt?: string
  passMark?: number
  mode: 'any' | 'scripted'
  note?: string
}

const assignmentPath = (id: string) => `/api/assignments/${encodeURIComponent(id)}`

export const assignmentApi = {
  list: () => json<{ assignments: AssignmentSummary[] }>('/api/assignments'),
  detail: (id: string) => json<AssignmentDetail>(assignmentPath(id)),
  create: (assignment: NewAssignment) => json<AssignmentDetail>('/api/assignments', { body: assignment }),
  withdraw: (id: string) => json<AssignmentDetail>(`${assignmentPath(id)}/withdraw`, { body: {} }),
  trainees: () => json<{ trainees: TraineeOption[] }>('/api/assignments/trainees'),
  mine: () => json<{ assignments: MyAssignment[] }>('/api/assignments/mine'),
  /** Starts a call for the assignment; a standardised assessment is always scripted, whatever `mode` says. */
  start: (assignment: Pick<MyAssignment, 'id' | 'persona' | 'mode'>, mode: CallMode) =>
    json<SessionState>('/api/sessions', { body: { personaId: assignment.persona.id, assignmentId: assignment.id, mode: assignmentCallMode(assignment.mode, mode) } }),
}
