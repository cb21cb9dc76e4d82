import { Hono } from 'hono'
import { defaultRubric } from '../../grader/rubric'
import type { PersonaSpec } from '../../personas/persona-spec'
import type { AppDependencies } from '../app-dependencies'
import { AppError } from '../app-error'
import { assignmentInputSchema } from '../assignments/assignment-input-schema'
import { compareMyAssignments } from '../assignments/assignment-progress'
import { type AssignmentContext, assignmentDetail, assignmentSummary } from '../assignments/assignment-views'
import { myAssignmentView } from '../assignments/my-assignment-view'
import {
  type AssignmentRow,
  createAssignment,
  getAssignment,
  listAssignmentAttempts,
  listAssignments,
  listAssignmentTrainees,
  listLiveAssignmentsForTrainee,
  listTrainees,
  withdrawAssignment,
} from '../db/queries/assignment-queries'
import { listPersonas } from '../db/queries/persona-queries'
import { getCurrentRubric } from '../db/queries/rubric-queries'
import { type AppEnv, requireUser } from '../http/auth-middleware'
import { parseBody } from '../http/parse-body'

/** Assignments: trainers create and withdraw them; trainees list their own with status. */
export function assignmentRoutes(dependencies: AppDependencies) {
  const { db, clock } = dependencies
  const trainerOnly = requireUser(dependencies, ['trainer'])

  /** The pass mark an assignment without its own follows: the current rubric's. */
  async function rubricPassMark() {
    return (await getCurrentRubric(db))?.rubric.passMark ?? defaultRubric.passMark
  }

  /** Everything the trainer's views of these assignments need, read in a handful of queries. */
  async function contextsFor(rows: (AssignmentRow & { createdByName: string | null })[]): Promise<AssignmentContext[]> {
    const ids = rows.map((row) => row.id)
    const [personas, trainees, listed, attempts, passMark] = await Promise.all([
      listPersonas<PersonaSpec>(db, { includeArchived: true }),
      listTrainees(db),
      listAssignmentTrainees(db, { assignmentIds: ids }),
      listAssignmentAttempts(db, { assignmentIds: ids }),
      rubricPassMark(),
    ])
    const personaById = new Map(personas.map((persona) => [persona.id, persona]))
    const now = clock()
    return rows.map((assignment) => {
      const persona = personaById.get(assignment.personaId)
      return {
        assignment,
        personaName: persona?.spec.name ?? null,
        personaAvailable: !!persona && persona.published && !persona.archived,
        rubricPassMark: passMark,
        traineeIds: listed.filter((row) => row.assignmentId === assignment.id).map((row) => row.traineeId),
        trainees,
        attempts: attempts.filter((attempt) => attempt.assignmentId === assignment.id),
        now,
      }
    })
  }

  async function detailOf(id: string) {
    const assignment = await getAssignment(db, { id })
    if (!assignment) throw new AppError('not_found:assignment', 'No such assignment.')
    const [context] = await contextsFor([assignment])
    return assignmentDetail(context!)
  }

  return new Hono<AppEnv>()
    .get('/mine', requireUser(dependencies), async (context) => {
      const user = context.get('user')
      // Assignments are practice for trainees; "everyone" does not include the trainers who set them.
      if (user.role !== 'trainee') return context.json({ assignments: [] })
      const live = await listLiveAssignmentsForTrainee(db, { traineeId: user.id })
      const [personas, attempts, passMark] = await Promise.all([
        listPersonas<PersonaSpec>(db),
        listAssignmentAttempts(db, { assignmentIds: live.map((row) => row.id), userId: user.id }),
        rubricPassMark(),
      ])
      // A scenario archived or taken back to draft since it was assigned can't be started, so it is not listed.
      const startable = new Map(personas.filter((persona) => persona.published).map((persona) => [persona.id, persona]))
      const now = clock()
      const views = live.flatMap((assignment) => {
        const persona = startable.get(assignment.personaId)
        if (!persona) return []
        const mine = attempts.filter((attempt) => attempt.assignmentId === assignment.id)
        return [{ view: myAssignmentView({ assignment, persona, attempts: mine, rubricPassMark: passMark, now }), assignment }]
      })
      views.sort((first, second) =>
        compareMyAssignments({ ...first.assignment, status: first.view.status }, { ...second.assignment, status: second.view.status }),
      )
      return context.json({ assignments: views.map(({ view }) => view) })
    })
    .get('/trainees', trainerOnly, async (context) => {
      const trainees = (await listTrainees(db)).filter((trainee) => trainee.active)
      return context.json({ trainees: trainees.map(({ id, name, email }) => ({ id, name, email })) })
    })
    .get('/', trainerOnly, async (context) => {
      const rows = await listAssignments(db)
      // Live ones first; each group newest first (the query's order).
      const ordered = [...rows.filter((row) => !row.withdrawnAt), ...rows.filter((row) => row.withdrawnAt)]
      return context.json({ assignments: (await contextsFor(ordered)).map(assignmentSummary) })
    })
    .post('/', trainerOnly, async (context) => {
      const [personas, trainees] = await Promise.all([listPersonas<PersonaSpec>(db, { includeArchived: true }), listTrainees(db)])
      const input = await parseBody(
        context,
        assignmentInputSchema({
          now: clock(),
          activeTraineeIds: new Set(trainees.filter((trainee) => trainee.active).map((trainee) => trainee.id)),
          personas: new Map(personas.map((persona) => [persona.id, { name: persona.spec.name, archived: persona.archived, published: persona.published }])),
        }),
      )
      const id = dependencies.newId()
      await createAssignment(db, {
        id,
        personaId: input.personaId,
        audience: input.audience,
        mode: input.mode,
        // One seed for everyone: a standardised assessment gives each trainee the same scripted customer.
        seed: input.mode === 'scripted' ? dependencies.newId() : null,
        passMark: input.passMark ?? null,
        dueAt: input.dueAt ?? null,
        note: input.note || null,
        createdBy: context.get('user').id,
        traineeIds: input.audience === 'selected' ? [...new Set(input.traineeIds)] : [],
      })
      return context.json(await detailOf(id), 201)
    })
    .get('/:id', trainerOnly, async (context) => context.json(await detailOf(context.req.param('id'))))
    .post('/:id/withdraw', trainerOnly, async (context) => {
      const withdrawn = await withdrawAssignment(db, { id: context.req.param('id'), now: clock() })
      if (!withdrawn) throw new AppError('not_found:assignment', 'No such assignment.')
      return context.json(await detailOf(withdrawn.id))
    })
}
