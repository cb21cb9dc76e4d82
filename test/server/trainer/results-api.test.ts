import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hostileBroadbandCallbacks } from '../../../src/personas/builtin/hostile-broadband-callbacks'
import { csvCell, toCsv } from '../../../src/server/results/to-csv'
import { createTestApp, type TestApp } from '../../support/test-app'
import { badLines, goodLines, type PlayedCall, playScriptedCall } from './results-test-calls'

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let index = text.startsWith('\uFEFF') ? 1 : 0; index < text.length; index += 1) {
    const character = text[index]!
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        cell += '"'
        index += 1
      } else if (character === '"') quoted = false
      else cell += character
    } else if (character === '"' && cell === '') quoted = true
    else if (character === ',') {
      row.push(cell)
      cell = ''
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      index += 1
    } else {
      expect(character, `bare ${JSON.stringify(character)} outside quotes at ${index}`).not.toMatch(/["\r\n]/)
      cell += character
    }
  }
  expect(cell).toBe('')
  return rows
}

/** The CSV as objects keyed by the header row. */
function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text)
  return rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index]!])))
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length

describe('results api: role checks and exports', () => {
  let testApp: TestApp
  beforeAll(async () => {
    testApp = await createTestApp()
  })
  afterAll(() => testApp.close())

  it('a trainee gets 403 on every trainer results route, and anonymous gets 401', async () => {
    const trainee = await testApp.createUserAndSignIn()
    const call = await playScriptedCall(testApp, trainee.cookie, { lines: [], end: false })
    const paths = [
      '/api/results/dashboard',
      '/api/results/sessions',
      `/api/results/sessions/${call.sessionId}`,
      '/api/results/export/sessions.csv',
      '/api/results/export/turns.csv',
    ]
    for (const path of paths) {
      const response = await testApp.request(path, { cookie: trainee.cookie })
      expect(response.status, path).toBe(403)
      expect((await response.json()).error.code).toBe('forbidden')
      expect((await testApp.request(path)).status, path).toBe(401)
    }
  })

  it('get /results/sessions/:id/transcript.json: the trainee may take their own call, trainers any, other trainees none', async () => {
    const owner = await testApp.createUserAndSignIn('trainee', 'Owner Olive')
    const other = await testApp.createUserAndSignIn('trainee', 'Other Otto')
    const trainer = await testApp.createUserAndSignIn('trainer')
    const call = await playScriptedCall(testApp, owner.cookie, { lines: goodLines.slice(0, 1) })
    const path = `/api/results/sessions/${call.sessionId}/transcript.json`
    expect((await testApp.request(path, { cookie: owner.cookie })).status).toBe(200)
    expect((await testApp.request(path, { cookie: trainer.cookie })).status).toBe(200)
    const refused = await testApp.request(path, { cookie: other.cookie })
    expect(refused.status).toBe(404)
    expect((await refused.json()).error.code).toBe('not_found:session')
    expect((await testApp.request(path)).status).toBe(401)
    expect((await testApp.request('/api/results/sessions/no-such-call/transcript.json', { cookie: trainer.cookie })).status).toBe(404)
  })

  it('the transcript download holds every turn, rewound attempts marked, with grades, reviews and the mood curve', async () => {
    const trainee = await testApp.createUserAndSignIn('trainee', 'Rewinding Rae')
    const trainer = await testApp.createUserAndSignIn('trainer', 'Reviewing Rob')
    const call = await playScriptedCall(testApp, trainee.cookie, { lines: [goodLines[0]!, badLines[0]!], end: false })
    const rewound = await testApp.request(`/api/sessions/${call.sessionId}/turns/${call.turnIds[1]}/rewind`, { method: 'POST', cookie: trainee.cookie })
    expect(rewound.status).toBe(200)
    await testApp.request(`/api/sessions/${call.sessionId}/end`, { cookie: trainee.cookie, body: { reason: 'other' } })
    await testApp.request(`/api/reviews/${call.turnIds[0]}/acknowledge`, { method: 'PUT', cookie: trainer.cookie, body: { score: 1, comment: 'Good, not great.' } })

    const response = await testApp.request(`/api/results/sessions/${call.sessionId}/transcript.json`, { cookie: trainer.cookie })
    expect(response.headers.get('content-type')).toContain('application/json')
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="toughcall-call-${call.sessionId}.json"`)
    const document = await response.json()
    expect(document).toMatchObject({ format: 'toughcall-transcript', trainee: { id: trainee.user.id, name: 'Rewinding Rae' }, session: { id: call.sessionId, status: 'ended' } })
    const traineeTurns = document.turns.filter((turn: { role: string }) => turn.role === 'trainee')
    expect(traineeTurns.map((turn: { text: string; rewound: boolean }) => [turn.text, turn.rewound])).toEqual([
      [goodLines[0], false],
      [badLines[0], true],
    ])
    expect(traineeTurns.every((turn: { grade: unknown }) => turn.grade)).toBe(true)
    expect(traineeTurns[0].reviews).toMatchObject([{ criterionId: 'acknowledge', trainerScore: 1, comment: 'Good, not great.', reviewerName: 'Reviewing Rob' }])
    expect(traineeTurns[1].reviews).toEqual([])
    expect(traineeTurns[0].moodAfter).toBeTypeOf('number')
    expect(document.moodHistory).toHaveLength(2)
    expect(document.session.scorecard.weightedTotal).toBeTypeOf('number')
    // The customer's card and the agent's brief only: the hidden facts and mood dynamics stay out of the card.
    expect(Object.keys(document.persona).sort()).toEqual(['archetype', 'brief', 'company', 'difficulty', 'hangUpPolicy', 'id', 'name', 'summary', 'version'])
    for (const fact of hostileBroadbandCallbacks.hiddenFacts) expect(JSON.stringify(document.persona)).not.toContain(fact.fact)
    // The call has ended, so the file carries its facts report: every hidden fact, uncovered or missed.
    expect([...document.uncoveredFacts, ...document.missedFacts].map((fact: { id: string }) => fact.id).sort()).toEqual(
      hostileBroadbandCallbacks.hiddenFacts.map((fact) => fact.id).sort(),
    )
    expect(document.turns.some((turn: object) => 'modelCalls' in turn)).toBe(false)
  })

  it('export/sessions.csv gives one row per call, as an attachment, escaped and safe from formula injection', async () => {
    const trainee = await testApp.createUserAndSignIn('trainee', '=HYPERLINK("http://evil.example","click"), Jr')
    const trainer = await testApp.createUserAndSignIn('trainer')
    const good = await playScriptedCall(testApp, trainee.cookie, { lines: goodLines })
    const open = await playScriptedCall(testApp, trainee.cookie, { lines: [], end: false })

    const response = await testApp.request(`/api/results/export/sessions.csv?traineeId=${trainee.user.id}`, { cookie: trainer.cookie })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="toughcall-sessions-\d{4}-\d{2}-\d{2}\.csv"$/)
    const bytes = new Uint8Array(await response.arrayBuffer())
    // A byte order mark first, so spreadsheet programs read the file as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click""), Jr"`)
    const records = csvRecords(text)
    expect(records.map((record) => record.session_id).sort()).toEqual([good.sessionId, open.sessionId].sort())
    const ended = records.find((record) => record.session_id === good.sessionId)!
    expect(ended).toMatchObject({
      trainee: `'=HYPERLINK("http://evil.example","click"), Jr`,
      persona: hostileBroadbandCallbacks.name,
      status: 'ended',
      score: String(good.scorecard!.weightedTotal),
      pass_mark: '70',
      passed: good.scorecard!.weightedTotal! >= 70 ? 'yes' : 'no',
      trainee_turns: String(goodLines.length),
      average_acknowledge: String(good.scorecard!.criteria.find((criterion) => criterion.id === 'acknowledge')!.average),
    })
    expect(records.find((record) => record.session_id === open.sessionId)).toMatchObject({ status: 'active', score: '', passed: '' })
  })

  it('export/turns.csv gives one row per graded criterion of every turn, with the trainer review beside the grade', async () => {
    const trainee = await testApp.createUserAndSignIn('trainee', 'Turn Exporter')
    const trainer = await testApp.createUserAndSignIn('trainer', 'Csv Trainer')
    const tricky = '-1 for me, sorry, Mr Harrow: "three" missed callbacks,\nand @support never rang.'
    const call = await playScriptedCall(testApp, trainee.cookie, { lines: [tricky, goodLines[1]!] })
    const state = await (await testApp.request(`/api/sessions/${call.sessionId}`, { cookie: trainer.cookie })).json()
    const grades = call.turnIds.map((id) => state.turns.find((turn: { id: string }) => turn.id === id).grade)
    const reviewed = grades[0].criteria[0]
    await testApp.request(`/api/reviews/${call.turnIds[0]}/${reviewed.criterionId}`, { method: 'PUT', cookie: trainer.cookie, body: { score: null, comment: '+SUM(A1:A9) is what "n/a" means, ok?' } })

    const response = await testApp.request(`/api/results/export/turns.csv?traineeId=${trainee.user.id}`, { cookie: trainer.cookie })
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="toughcall-turns-[\d-]+\.csv"$/)
    const records = csvRecords(await response.text())
    expect(records).toHaveLength(grades[0].criteria.length + grades[1].criteria.length)
    const first = records.filter((record) => record.turn_seq === String(state.turns.find((turn: { id: string }) => turn.id === call.turnIds[0]).seq))
    expect(first).toHaveLength(grades[0].criteria.length)
    expect(first[0]).toMatchObject({ session_id: call.sessionId, trainee: 'Turn Exporter', persona: hostileBroadbandCallbacks.name, rewound: 'no', trainee_text: `'${tricky}` })
    const withReview = first.find((record) => record.criterion === reviewed.criterionId)!
    expect(withReview).toMatchObject({
      graded_score: reviewed.score === null ? 'n/a' : String(reviewed.score),
      grade_source: grades[0].source,
      trainer_score: 'n/a',
      trainer_comment: `'+SUM(A1:A9) is what "n/a" means, ok?`,
      reviewer: 'Csv Trainer',
    })
    expect(first.filter((record) => record.criterion !== reviewed.criterionId).every((record) => record.trainer_score === '' && record.trainer_comment === '')).toBe(true)
  })

  it('csv cells: quotes, commas and line breaks are quoted; formula starts get an apostrophe; numbers stay numbers', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"')
    for (const start of ['=', '+', '-', '@', '\t']) expect(csvCell(`${start}1+1`)).toBe(`'${start}1+1`)
    expect(csvCell('=A1,"x"')).toBe(`"'=A1,""x"""`)
    expect(csvCell(-3)).toBe('-3')
    expect(csvCell(null)).toBe('')
    expect(csvCell(undefined)).toBe('')
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n')
  })

  it('get /results/sessions lists calls across trainees, newest first, one page at a time', async () => {
    const trainer = await testApp.createUserAndSignIn('trainer')
    const first = await testApp.createUserAndSignIn('trainee', 'Paging Pat')
    const calls: PlayedCall[] = []
    for (let index = 0; index < 5; index += 1) calls.push(await playScriptedCall(testApp, first.cookie, { lines: [], end: index % 2 === 0 }))
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const query: string = `traineeId=${first.user.id}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
      const page = await (await testApp.request(`/api/results/sessions?${query}`, { cookie: trainer.cookie })).json()
      expect(page.sessions.length).toBeLessThanOrEqual(2)
      seen.push(...page.sessions.map((session: { id: string }) => session.id))
      cursor = page.nextCursor
      pages += 1
    } while (cursor && pages < 10)
    expect(pages).toBe(3)
    expect(seen).toEqual(calls.map((call) => call.sessionId).reverse())

    const bad = await testApp.request('/api/results/sessions?cursor=not-a-cursor', { cookie: trainer.cookie })
    expect(bad.status).toBe(400)
    expect((await bad.json()).error.details.issues[0].path).toEqual(['cursor'])
    const tooMany = await testApp.request('/api/results/sessions?limit=1000', { cookie: trainer.cookie })
    expect(tooMany.status).toBe(400)
  })

  it('get /results/sessions rows carry the trainee, persona, score, pass, outcome and review count', async () => {
    const trainer = await testApp.createUserAndSignIn('trainer')
    const trainee = await testApp.createUserAndSignIn('trainee', 'Row Reader')
    const call = await playScriptedCall(testApp, trainee.cookie, { lines: goodLines })
    await testApp.request(`/api/reviews/${call.turnIds[0]}/acknowledge`, { method: 'PUT', cookie: trainer.cookie, body: { score: 2 } })
    const { sessions } = await (await testApp.request(`/api/results/sessions?traineeId=${trainee.user.id}`, { cookie: trainer.cookie })).json()
    expect(sessions).toEqual([
      expect.objectContaining({
        id: call.sessionId,
        traineeId: trainee.user.id,
        traineeName: 'Row Reader',
        personaId: 'hostile-broadband-callbacks',
        personaName: hostileBroadbandCallbacks.name,
        mode: 'scripted',
        status: 'ended',
        outcome: call.outcome,
        score: call.scorecard!.weightedTotal,
        passMark: 70,
        passed: call.scorecard!.weightedTotal! >= 70,
        reviewCount: 1,
        traineeTurns: goodLines.length,
      }),
    ])
    const single = await (await testApp.request(`/api/results/sessions/${call.sessionId}`, { cookie: trainer.cookie })).json()
    expect(single.session).toEqual(sessions[0])
  })
})

describe('results api: the team dashboard on scripted calls', () => {
  let testApp: TestApp
  // A database of its own, so the team totals are exactly this test's calls.
  beforeAll(async () => {
    testApp = await createTestApp({ freshDatabase: true })
  })
  afterAll(() => testApp.close())

  it('get /results/dashboard aggregates per trainee, per persona and overall, with trends and filters', async () => {
    const trainer = await testApp.createUserAndSignIn('trainer', 'Dash Trainer')
    const ada = await testApp.createUserAndSignIn('trainee', 'Ada Able')
    const ben = await testApp.createUserAndSignIn('trainee', 'Ben Beginner')
    const cy = await testApp.createUserAndSignIn('trainee', 'Cy Silent')
    const adaGood = await playScriptedCall(testApp, ada.cookie, { lines: goodLines })
    const adaBad = await playScriptedCall(testApp, ada.cookie, { lines: badLines })
    const adaKnowItAll = await playScriptedCall(testApp, ada.cookie, { personaId: 'know-it-all-roaming-charges', lines: goodLines.slice(0, 2) })
    const benBad = await playScriptedCall(testApp, ben.cookie, { lines: badLines })
    await playScriptedCall(testApp, ben.cookie, { lines: goodLines.slice(0, 1), end: false })
    // A trainer's own practice (a test-drive) is not team data.
    await playScriptedCall(testApp, trainer.cookie, { lines: goodLines })
    const scores = [adaGood, adaBad, adaKnowItAll, benBad].map((call) => call.scorecard!.weightedTotal!)
    expect(scores.some((score) => score >= 70) && scores.some((score) => score < 70)).toBe(true)

    const response = await testApp.request('/api/results/dashboard', { cookie: trainer.cookie })
    expect(response.status).toBe(200)
    const dashboard = await response.json()
    const passRate = (calls: PlayedCall[]) => calls.filter((call) => call.scorecard!.weightedTotal! >= 70).length / calls.length
    const criterionMean = (calls: PlayedCall[], id: string) => {
      const values = calls.flatMap((call) => call.scorecard!.criteria.filter((criterion) => criterion.id === id && criterion.average !== null).map((criterion) => criterion.average!))
      return values.length ? Math.round(mean(values) * 100) / 100 : null
    }

    expect(dashboard.trainees.map((trainee: { name: string }) => trainee.name)).toEqual(['Ada Able', 'Ben Beginner', 'Cy Silent'])
    const [adaRow, benRow, cyRow] = dashboard.trainees
    const adaCalls = [adaGood, adaBad, adaKnowItAll]
    expect(adaRow).toMatchObject({ calls: 3, endedCalls: 3, scoredCalls: 3, passRate: Math.round(passRate(adaCalls) * 10_000) / 10_000, averageScore: Math.round(mean(adaCalls.map((call) => call.scorecard!.weightedTotal!)) * 10) / 10 })
    for (const id of ['acknowledge', 'no_blame', 'clarify', 'close']) expect(adaRow.criterionAverages[id], id).toBe(criterionMean(adaCalls, id))
    expect(adaRow.trend.map((point: { sessionId: string; score: number; passed: boolean }) => [point.sessionId, point.score, point.passed])).toEqual(
      adaCalls.map((call) => [call.sessionId, call.scorecard!.weightedTotal, call.scorecard!.weightedTotal! >= 70]),
    )
    expect(benRow).toMatchObject({ calls: 2, endedCalls: 1, scoredCalls: 1, passedCalls: benBad.scorecard!.weightedTotal! >= 70 ? 1 : 0, averageScore: benBad.scorecard!.weightedTotal })
    expect(cyRow).toMatchObject({ calls: 0, endedCalls: 0, passRate: null, averageScore: null, trend: [], lastCallAt: null })
    expect(cy.user.id).toBe(cyRow.id)

    const hostile = dashboard.personas.find((persona: { id: string }) => persona.id === 'hostile-broadband-callbacks')
    const hostileCalls = [adaGood, adaBad, benBad]
    expect(hostile).toMatchObject({ name: hostileBroadbandCallbacks.name, calls: 4, endedCalls: 3, passRate: Math.round(passRate(hostileCalls) * 10_000) / 10_000 })
    expect(hostile.criterionAverages.acknowledge).toBe(criterionMean(hostileCalls, 'acknowledge'))
    expect(dashboard.personas.find((persona: { id: string }) => persona.id === 'know-it-all-roaming-charges')).toMatchObject({ calls: 1, averageScore: adaKnowItAll.scorecard!.weightedTotal })

    const allScored = [adaGood, adaBad, adaKnowItAll, benBad]
    expect(dashboard.overall).toMatchObject({ calls: 5, endedCalls: 4, scoredCalls: 4, activeTrainees: 2, averageScore: Math.round(mean(scores) * 10) / 10, passRate: passRate(allScored) })
    expect(dashboard.criteria.map((criterion: { id: string }) => criterion.id)).toEqual(['acknowledge', 'clarify', 'no_blame', 'can_do', 'ownership', 'honest_promises', 'composure', 'personalize', 'close'])
    expect(dashboard.personaOptions.map((persona: { id: string }) => persona.id)).toContain('know-it-all-roaming-charges')
    expect(dashboard.agreement.overall).toMatchObject({ reviewed: 0 })

    // Filters: one persona; a range with no calls; a trainee's reviews reach the agreement figure.
    const onePersona = await (await testApp.request('/api/results/dashboard?personaId=know-it-all-roaming-charges', { cookie: trainer.cookie })).json()
    expect(onePersona.overall).toMatchObject({ calls: 1, activeTrainees: 1 })
    expect(onePersona.trainees.find((trainee: { name: string }) => trainee.name === 'Ada Able')).toMatchObject({ calls: 1 })
    expect(onePersona.personas.map((persona: { id: string }) => persona.id)).toEqual(['know-it-all-roaming-charges'])
    const past = await (await testApp.request('/api/results/dashboard?from=2001-01-01&to=2001-01-31', { cookie: trainer.cookie })).json()
    expect(past.overall).toMatchObject({ calls: 0, passRate: null })
    expect(past.filters).toEqual({ from: '2001-01-01T00:00:00.000Z', to: '2001-02-01T00:00:00.000Z', personaId: null, traineeId: null })
    const today = new Date().toISOString().slice(0, 10)
    const inRange = await (await testApp.request(`/api/results/dashboard?from=${today}&to=${today}`, { cookie: trainer.cookie })).json()
    expect(inRange.overall.calls).toBe(5)

    await testApp.request(`/api/reviews/${adaGood.turnIds[0]}/acknowledge`, { method: 'PUT', cookie: trainer.cookie, body: { score: 1, comment: 'Less specific than it looks.' } })
    const reviewed = await (await testApp.request('/api/results/dashboard', { cookie: trainer.cookie })).json()
    expect(reviewed.agreement.overall).toMatchObject({ reviewed: 1, overridden: 1, n: 1, exact: 0 })
    expect(reviewed.agreement.criteria.find((row: { criterionId: string }) => row.criterionId === 'acknowledge')).toMatchObject({ reviewed: 1, overridden: 1 })
  })

  it('rejects bad filters with the field named', async () => {
    const trainer = await testApp.createUserAndSignIn('trainer')
    for (const [query, field] of [
      ['from=31/01/2025', 'from'],
      ['from=2025-02-30', 'from'],
      ['to=2025-02-30T25:00:00Z', 'to'],
      ['from=2025-03-01&to=2025-02-01', 'to'],
    ] as const) {
      const response = await testApp.request(`/api/results/dashboard?${query}`, { cookie: trainer.cookie })
      expect(response.status, query).toBe(400)
      expect((await response.json()).error.details.issues[0].path, query).toEqual([field])
    }
  })
})
