import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { quadraticWeightedKappa } from '../../../src/grader/agreement'
import { turns } from '../../../src/server/db/schema'
import { createTestApp, type TestApp } from '../../support/test-app'
import { goodLines, gradeWith, insertGradedTurn, playScriptedCall } from './results-test-calls'

describe('grade reviews api', () => {
  let testApp: TestApp
  beforeAll(async () => {
    testApp = await createTestApp()
  })
  afterAll(() => testApp.close())

  async function reviewedCall() {
    const trainee = await testApp.createUserAndSignIn('trainee', 'Rita Trainee')
    const trainer = await testApp.createUserAndSignIn('trainer', 'Tom Trainer')
    const call = await playScriptedCall(testApp, trainee.cookie, { lines: goodLines.slice(0, 2) })
    const state = await (await testApp.request(`/api/sessions/${call.sessionId}`, { cookie: trainer.cookie })).json()
    const turn = state.turns.find((row: { id: string }) => row.id === call.turnIds[0])
    return { trainee, trainer, call, turn, grade: turn.grade }
  }

  const put = (cookie: string, turnId: string, criterionId: string, body: unknown) =>
    testApp.request(`/api/reviews/${turnId}/${criterionId}`, { method: 'PUT', cookie, body })

  it('put /reviews/:turnId/:criterionId stores the trainer score beside the grade and never changes the grade', async () => {
    const { trainer, call, grade } = await reviewedCall()
    const criterion = grade.criteria.find((entry: { score: number | null }) => entry.score !== null)
    const override = criterion.score === 2 ? 0 : 2
    const [before] = await testApp.dependencies.db.select().from(turns).where(eq(turns.id, call.turnIds[0]!))

    const response = await put(trainer.cookie, call.turnIds[0]!, criterion.criterionId, { score: override, comment: 'Too generous: no "sorry" for the missed visits.' })
    expect(response.status).toBe(200)
    const { review } = await response.json()
    expect(review).toMatchObject({
      turnId: call.turnIds[0],
      criterionId: criterion.criterionId,
      gradedScore: criterion.score,
      gradeSource: grade.source,
      trainerScore: override,
      overridden: true,
      comment: 'Too generous: no "sorry" for the missed visits.',
      reviewerName: 'Tom Trainer',
    })

    const [after] = await testApp.dependencies.db.select().from(turns).where(eq(turns.id, call.turnIds[0]!))
    expect(after!.grade).toEqual(before!.grade)
    const state = await (await testApp.request(`/api/sessions/${call.sessionId}`, { cookie: trainer.cookie })).json()
    expect(state.turns.find((row: { id: string }) => row.id === call.turnIds[0]).grade).toEqual(grade)
    expect(state.reviews).toHaveLength(1)
  })

  it('giving the grader its own score is a confirmation, and a later review replaces the earlier one', async () => {
    const { trainer, call, grade } = await reviewedCall()
    const criterion = grade.criteria[0]
    await put(trainer.cookie, call.turnIds[0]!, criterion.criterionId, { score: criterion.score === 0 ? 1 : 0, comment: 'first look' })
    const confirmed = await (await put(trainer.cookie, call.turnIds[0]!, criterion.criterionId, { score: criterion.score })).json()
    expect(confirmed.review).toMatchObject({ trainerScore: criterion.score, gradedScore: criterion.score, overridden: false, comment: '' })
    const state = await (await testApp.request(`/api/sessions/${call.sessionId}`, { cookie: trainer.cookie })).json()
    expect(state.reviews).toEqual([confirmed.review])
  })

  it('a trainer can judge a criterion not applicable (score null)', async () => {
    const { trainer, call, grade } = await reviewedCall()
    const criterion = grade.criteria.find((entry: { score: number | null }) => entry.score !== null)
    const { review } = await (await put(trainer.cookie, call.turnIds[0]!, criterion.criterionId, { score: null, comment: 'Not the moment for this.' })).json()
    expect(review).toMatchObject({ trainerScore: null, gradedScore: criterion.score, overridden: true })
  })

  it('delete /reviews/:turnId/:criterionId withdraws the review; a second delete answers 404', async () => {
    const { trainer, call, grade } = await reviewedCall()
    const criterionId = grade.criteria[0].criterionId
    await put(trainer.cookie, call.turnIds[0]!, criterionId, { score: 1 })
    const removed = await testApp.request(`/api/reviews/${call.turnIds[0]}/${criterionId}`, { method: 'DELETE', cookie: trainer.cookie })
    expect(removed.status).toBe(204)
    const state = await (await testApp.request(`/api/sessions/${call.sessionId}`, { cookie: trainer.cookie })).json()
    expect(state.reviews).toEqual([])
    const again = await testApp.request(`/api/reviews/${call.turnIds[0]}/${criterionId}`, { method: 'DELETE', cookie: trainer.cookie })
    expect(again.status).toBe(404)
    expect((await again.json()).error.code).toBe('not_found:review')
  })

  it('only a graded trainee turn and a criterion in its grade can be reviewed', async () => {
    const { trainer, call, grade } = await reviewedCall()
    const state = await (await testApp.request(`/api/sessions/${call.sessionId}`, { cookie: trainer.cookie })).json()
    const customerTurn = state.turns.find((row: { role: string }) => row.role === 'customer')
    const criterionId = grade.criteria[0].criterionId

    const onCustomer = await put(trainer.cookie, customerTurn.id, criterionId, { score: 1 })
    expect([onCustomer.status, (await onCustomer.json()).error.code]).toEqual([404, 'not_found:turn'])
    const unknownTurn = await put(trainer.cookie, 'no-such-turn', criterionId, { score: 1 })
    expect([unknownTurn.status, (await unknownTurn.json()).error.code]).toEqual([404, 'not_found:turn'])
    const unknownCriterion = await put(trainer.cookie, call.turnIds[0]!, 'no_such_criterion', { score: 1 })
    expect([unknownCriterion.status, (await unknownCriterion.json()).error.code]).toEqual([404, 'not_found:criterion'])

    const ungraded = await insertGradedTurn(testApp, { sessionId: call.sessionId, seq: 90, grade: null })
    const onUngraded = await put(trainer.cookie, ungraded, criterionId, { score: 1 })
    expect([onUngraded.status, (await onUngraded.json()).error.code]).toEqual([409, 'conflict:not_graded'])
    const provisional = await insertGradedTurn(testApp, { sessionId: call.sessionId, seq: 91, grade: { ...gradeWith({ acknowledge: 1 }, 'rules'), status: 'provisional' } })
    const onProvisional = await put(trainer.cookie, provisional, 'acknowledge', { score: 2 })
    expect([onProvisional.status, (await onProvisional.json()).error.code]).toEqual([409, 'conflict:grade_pending'])
  })

  it('rejects a score other than 0, 1, 2 or null and an over-long comment, naming the field', async () => {
    const { trainer, call, grade } = await reviewedCall()
    const criterionId = grade.criteria[0].criterionId
    for (const body of [{ score: 3 }, { score: '2' }, {}, { score: 1.5 }]) {
      const response = await put(trainer.cookie, call.turnIds[0]!, criterionId, body)
      expect(response.status).toBe(400)
      expect((await response.json()).error.details.issues[0].path).toEqual(['score'])
    }
    const long = await put(trainer.cookie, call.turnIds[0]!, criterionId, { score: 1, comment: 'x'.repeat(2_001) })
    expect(long.status).toBe(400)
    expect((await long.json()).error.details.issues[0].path).toEqual(['comment'])
    const state = await (await testApp.request(`/api/sessions/${call.sessionId}`, { cookie: trainer.cookie })).json()
    expect(state.reviews).toEqual([])
  })

  it('a trainee gets 403 on every review route, even for their own call, and anonymous gets 401', async () => {
    const { trainee, trainer, call, grade } = await reviewedCall()
    const criterionId = grade.criteria[0].criterionId
    await put(trainer.cookie, call.turnIds[0]!, criterionId, { score: 1 })
    const requests = [
      { path: `/api/reviews/${call.turnIds[0]}/${criterionId}`, method: 'PUT', body: { score: 2 } },
      { path: `/api/reviews/${call.turnIds[0]}/${criterionId}`, method: 'DELETE' },
      { path: '/api/reviews/agreement', method: 'GET' },
    ]
    for (const request of requests) {
      expect((await testApp.request(request.path, { ...request, cookie: trainee.cookie })).status, `${request.method} ${request.path}`).toBe(403)
      expect((await testApp.request(request.path, request)).status, `${request.method} ${request.path}`).toBe(401)
    }
    const state = await (await testApp.request(`/api/sessions/${call.sessionId}`, { cookie: trainer.cookie })).json()
    expect(state.reviews).toMatchObject([{ trainerScore: 1 }])
  })

  it("a trainee sees the trainer's reviews on their own call, and cannot open another trainee's call", async () => {
    const { trainee, trainer, call, grade } = await reviewedCall()
    const criterionId = grade.criteria[0].criterionId
    await put(trainer.cookie, call.turnIds[0]!, criterionId, { score: 0, comment: 'Name the missed callbacks.' })
    const own = await (await testApp.request(`/api/sessions/${call.sessionId}`, { cookie: trainee.cookie })).json()
    expect(own.reviews).toMatchObject([{ turnId: call.turnIds[0], criterionId, trainerScore: 0, comment: 'Name the missed callbacks.', reviewerName: 'Tom Trainer' }])
    const other = await testApp.createUserAndSignIn('trainee', 'Olly Other')
    const response = await testApp.request(`/api/sessions/${call.sessionId}`, { cookie: other.cookie })
    expect(response.status).toBe(404)
    expect(JSON.stringify(await response.json())).not.toContain('Name the missed callbacks')
  })

  describe('get /reviews/agreement', () => {
    /*
     * A fixture with a known answer. Trainer (reference) against grader, on `acknowledge`:
     *   (2,2) (2,2) (1,1) (0,0) (1,1)   five agreements
     *   (2,1) (1,0)                       two one-point misses, weight 1/4 each
     *   (0,2)                             one two-point miss, weight 1
     *   (n/a, 1)                          an override to n/a: left out of the scored figures
     *   (n/a, n/a)                        a confirmed n/a
     * Scored pairs n = 8, exact = 5/8.
     * Observed weighted disagreement = (1/4 + 1/4 + 1) / 8 = 12/64.
     * Marginals: trainer 0,1,2 = 2,3,3; grader 0,1,2 = 2,3,3. Expected = Σ w·Rᵢ·Gⱼ / 64 =
     *   (¼·2·3 + 1·2·3 + ¼·3·2 + ¼·3·3 + 1·3·2 + ¼·3·3) / 64 = 19.5/64.
     * kappa = 1 − 12/19.5 = 5/13.
     * On `clarify`, from the rules grader: (2,2) (1,1): exact 1, kappa 1.
     * Pooled (10 scored pairs): exact 7/10; observed 1.5/10; marginals 2,4,4 both sides, so
     * expected = (¼·2·4·2 + 1·2·4·2 + ¼·4·4·2) / 100 = 28/100; kappa = 1 − 15/28 = 13/28.
     */
    const acknowledgePairs: Array<[0 | 1 | 2 | null, 0 | 1 | 2 | null]> = [
      [2, 2], [2, 2], [1, 1], [0, 0], [1, 1], [2, 1], [1, 0], [0, 2], [null, 1], [null, null],
    ]
    const clarifyPairs: Array<[0 | 1 | 2, 0 | 1 | 2]> = [
      [2, 2], [1, 1],
    ]

    it('reports exact agreement and kappa per criterion and overall, matching a hand calculation', async () => {
      const trainee = await testApp.createUserAndSignIn('trainee', 'Kappa Fixture')
      const trainer = await testApp.createUserAndSignIn('trainer', 'Kappa Trainer')
      const call = await playScriptedCall(testApp, trainee.cookie, { lines: [], end: false })
      let seq = 10
      for (const [trainerScore, gradedScore] of acknowledgePairs) {
        const turnId = await insertGradedTurn(testApp, { sessionId: call.sessionId, seq: seq++, grade: gradeWith({ acknowledge: gradedScore }, 'llm') })
        expect((await put(trainer.cookie, turnId, 'acknowledge', { score: trainerScore })).status).toBe(200)
      }
      for (const [trainerScore, gradedScore] of clarifyPairs) {
        const turnId = await insertGradedTurn(testApp, { sessionId: call.sessionId, seq: seq++, grade: gradeWith({ clarify: gradedScore }, 'rules') })
        expect((await put(trainer.cookie, turnId, 'clarify', { score: trainerScore })).status).toBe(200)
      }

      const response = await testApp.request(`/api/reviews/agreement?traineeId=${trainee.user.id}`, { cookie: trainer.cookie })
      expect(response.status).toBe(200)
      const report = await response.json()
      const acknowledge = report.criteria.find((row: { criterionId: string }) => row.criterionId === 'acknowledge')
      expect(acknowledge).toMatchObject({ title: 'Acknowledge', reviewed: 10, confirmed: 6, overridden: 4, n: 8, exact: 5 / 8, sources: { llm: 10, rules: 0 } })
      expect(acknowledge.kappa).toBeCloseTo(5 / 13, 10)
      const clarify = report.criteria.find((row: { criterionId: string }) => row.criterionId === 'clarify')
      expect(clarify).toMatchObject({ reviewed: 2, confirmed: 2, overridden: 0, n: 2, exact: 1, kappa: 1, sources: { llm: 0, rules: 2 } })
      expect(report.overall).toMatchObject({ reviewed: 12, confirmed: 8, overridden: 4, n: 10, exact: 7 / 10 })
      expect(report.overall.kappa).toBeCloseTo(13 / 28, 10)
      // The same kappa code as the grader evaluation.
      expect(report.overall.kappa).toBe(quadraticWeightedKappa([...acknowledgePairs, ...clarifyPairs].filter(([first, second]) => first !== null && second !== null) as Array<[number, number]>))
      expect(report.bySource.llm.kappa).toBeCloseTo(5 / 13, 10)
      expect(report.bySource.rules).toMatchObject({ reviewed: 2, exact: 1 })
      // Criteria nobody reviewed are listed, with no figures.
      expect(report.criteria.find((row: { criterionId: string }) => row.criterionId === 'no_blame')).toMatchObject({ reviewed: 0, exact: null, kappa: null })
    })

    it('counts only the reviews of calls in the filters', async () => {
      const trainee = await testApp.createUserAndSignIn('trainee', 'Filter Fixture')
      const trainer = await testApp.createUserAndSignIn('trainer', 'Filter Trainer')
      const call = await playScriptedCall(testApp, trainee.cookie, { lines: [], end: false })
      const turnId = await insertGradedTurn(testApp, { sessionId: call.sessionId, seq: 5, grade: gradeWith({ acknowledge: 2 }) })
      await put(trainer.cookie, turnId, 'acknowledge', { score: 1 })
      const overall = async (query: string) => (await (await testApp.request(`/api/reviews/agreement?traineeId=${trainee.user.id}&${query}`, { cookie: trainer.cookie })).json()).overall.reviewed
      expect(await overall('personaId=hostile-broadband-callbacks')).toBe(1)
      expect(await overall('personaId=know-it-all-roaming-charges')).toBe(0)
      expect(await overall('from=2000-01-01&to=2000-12-31')).toBe(0)
      expect(await overall(`from=${new Date(Date.now() - 60_000).toISOString()}`)).toBe(1)
      const bad = await testApp.request('/api/reviews/agreement?from=yesterday', { cookie: trainer.cookie })
      expect(bad.status).toBe(400)
      expect((await bad.json()).error.details.issues[0].path).toEqual(['from'])
    })
  })
})
