/**
 * Turns one load level's raw timings (trainee side, fake-model side, server RSS and CPU) into the
 * figures the issue asks for. Latencies use the turns sent inside the measuring window; errors
 * count every turn and call of the level, ramp-up included.
 */
import type { FakeModelRecord, FakeModelStats } from './fake-model-server'
import type { LevelOutcome } from './simulated-trainees'
import { round, summarise, type Summary } from './statistics'

export interface LevelSamples {
  calls: number
  outcome: LevelOutcome
  fakeRecords: Map<number, FakeModelRecord>
  fakeStats: FakeModelStats
  /** RSS of the server right after start, before any load. */
  startupRssMb: number
  rssBeforeMb: number
  rssSamplesMb: number[]
  serverCpuMsInWindow: number
  healthzMs: number[]
  clientEventLoopP99Ms: number
  staleSocketRetries: number
  loadAverageBefore: number[]
  loadAverageAfter: number[]
}

export interface LevelResult {
  calls: number
  windowSeconds: number
  callsStarted: number
  turnsMeasured: number
  /** Turns completed without error per second, in the measuring window. */
  turnsPerSecond: number
  /** reply-delta events per second reaching the trainees, in the window. */
  deltasPerSecond: number
  errors: { total: number; turnsWithErrors: number; turnsSent: number; byCode: Record<string, number>; sampleMessages: Record<string, string> }
  /** Trainee-side time to the first reply-delta minus the fake model's own time to first token, per turn. */
  addedTtftMs: Summary
  clientTtftMs: Summary
  modelTtftMs: Summary
  /** Gap between consecutive reply-deltas at the trainee minus the gap the fake left between those chunks. */
  addedGapMs: Summary
  turnAcceptedMs: Summary
  turn: {
    wallMs: Summary
    personaMs: Summary
    graderMs: Summary
    /** Wall time of the turn over max(persona, grader): 1 means the grader costs nothing extra. */
    wallOverMax: Summary
    /** Wall time of the turn minus max(persona, grader). */
    overMaxMs: Summary
    /** When the grader's request reached the model, relative to the persona's (never negative when the reply goes first). */
    graderStartAfterPersonaMs: Summary
    /**
     * Turns at least as long as both calls end to end. Informational only: with a short reply and a long
     * grade, any overhead longer than the reply lands here though the calls overlapped.
     */
    turnsAtOrOverSum: number
    gradeBeforeReply: number
  }
  callStartMs: Summary
  /** Time to answer GET /healthz while loaded: how long a request waits for the server's event loop. */
  healthzMs: Summary
  rss: { startupMb: number; beforeMb: number; peakMb: number; meanMb: number; perCallMb: number }
  serverCpuPercent: number
  serverCpuMsPerTurn: number
  /** Event-loop lag of the load generator and of the fake model: part of what "added" measures that is not the server's. */
  clientEventLoopP99Ms: number
  fakeEventLoopP99Ms: number
  /** Requests resent because a kept-alive socket closed as it was reused (what browsers do too); not errors. */
  staleSocketRetries: number
  unpairedTurns: number
  chunkCountMismatches: number
  loadAverage: { before: number[]; after: number[] }
}

export function levelResult(samples: LevelSamples): LevelResult {
  const { outcome, fakeRecords } = samples
  const windowSeconds = (outcome.windowEnd - outcome.windowStart) / 1000
  const measured = outcome.turns.filter((turn) => turn.measured)
  const completed = measured.filter((turn) => turn.errorCode === null)

  const addedTtft: number[] = []
  const clientTtft: number[] = []
  const modelTtft: number[] = []
  const addedGap: number[] = []
  const accepted: number[] = []
  const wall: number[] = []
  const personaDurations: number[] = []
  const graderDurations: number[] = []
  const wallOverMax: number[] = []
  const overMax: number[] = []
  const graderOffset: number[] = []
  let turnsAtOrOverSum = 0
  let gradeBeforeReply = 0
  let unpairedTurns = 0
  let chunkCountMismatches = 0
  let deltas = 0

  for (const turn of completed) {
    deltas += turn.deltaOffsetsMs.length
    if (turn.acceptedAt !== null) accepted.push(turn.acceptedAt - turn.sentAt)
    if (turn.gradeBeforeReply) gradeBeforeReply += 1
    const persona = turn.personaRequestId === null ? undefined : fakeRecords.get(turn.personaRequestId)
    const grader = turn.graderRequestId === null ? undefined : fakeRecords.get(turn.graderRequestId)
    if (!persona || turn.firstDeltaAt === null) {
      unpairedTurns += 1
      continue
    }
    const client = turn.firstDeltaAt - turn.sentAt
    clientTtft.push(client)
    modelTtft.push(persona.ttftMs)
    addedTtft.push(client - persona.ttftMs)
    if (turn.deltaOffsetsMs.length === persona.chunkOffsetsMs.length) {
      for (let index = 1; index < turn.deltaOffsetsMs.length; index++) {
        const clientGap = turn.deltaOffsetsMs[index]! - turn.deltaOffsetsMs[index - 1]!
        const modelGap = persona.chunkOffsetsMs[index]! - persona.chunkOffsetsMs[index - 1]!
        addedGap.push(clientGap - modelGap)
      }
    } else chunkCountMismatches += 1
    if (!grader) continue
    const turnWall = turn.endedAt - turn.sentAt
    const longest = Math.max(persona.durationMs, grader.durationMs)
    wall.push(turnWall)
    personaDurations.push(persona.durationMs)
    graderDurations.push(grader.durationMs)
    wallOverMax.push(turnWall / longest)
    overMax.push(turnWall - longest)
    graderOffset.push(grader.receivedAt - persona.receivedAt)
    if (turnWall >= persona.durationMs + grader.durationMs) turnsAtOrOverSum += 1
  }

  const byCode: Record<string, number> = { ...outcome.otherErrors }
  const sampleMessages: Record<string, string> = {}
  let turnsWithErrors = 0
  for (const turn of outcome.turns) {
    if (turn.errorCode === null) continue
    turnsWithErrors += 1
    byCode[turn.errorCode] = (byCode[turn.errorCode] ?? 0) + 1
    sampleMessages[turn.errorCode] ??= turn.errorMessage ?? ''
  }
  const otherErrorCount = Object.values(outcome.otherErrors).reduce((sum, count) => sum + count, 0)
  const peakMb = Math.max(samples.rssBeforeMb, ...samples.rssSamplesMb)
  const meanMb = samples.rssSamplesMb.length === 0 ? samples.rssBeforeMb : samples.rssSamplesMb.reduce((sum, value) => sum + value, 0) / samples.rssSamplesMb.length

  return {
    calls: samples.calls,
    windowSeconds: round(windowSeconds, 1),
    callsStarted: outcome.callsStarted,
    turnsMeasured: measured.length,
    turnsPerSecond: round(completed.length / windowSeconds),
    deltasPerSecond: round(deltas / windowSeconds, 0),
    errors: { total: turnsWithErrors + otherErrorCount, turnsWithErrors, turnsSent: outcome.turns.length, byCode, sampleMessages },
    addedTtftMs: summarise(addedTtft),
    clientTtftMs: summarise(clientTtft),
    modelTtftMs: summarise(modelTtft),
    addedGapMs: summarise(addedGap),
    turnAcceptedMs: summarise(accepted),
    turn: {
      wallMs: summarise(wall),
      personaMs: summarise(personaDurations),
      graderMs: summarise(graderDurations),
      wallOverMax: summarise(wallOverMax, 3),
      overMaxMs: summarise(overMax),
      graderStartAfterPersonaMs: summarise(graderOffset),
      turnsAtOrOverSum,
      gradeBeforeReply,
    },
    callStartMs: summarise(outcome.callStartMs),
    healthzMs: summarise(samples.healthzMs),
    rss: {
      startupMb: round(samples.startupRssMb, 1),
      beforeMb: round(samples.rssBeforeMb, 1),
      peakMb: round(peakMb, 1),
      meanMb: round(meanMb, 1),
      perCallMb: round((peakMb - samples.startupRssMb) / samples.calls, 3),
    },
    serverCpuPercent: round((samples.serverCpuMsInWindow / (windowSeconds * 1000)) * 100, 1),
    serverCpuMsPerTurn: completed.length === 0 ? Number.NaN : round(samples.serverCpuMsInWindow / completed.length, 2),
    clientEventLoopP99Ms: round(samples.clientEventLoopP99Ms),
    fakeEventLoopP99Ms: round(samples.fakeStats.eventLoopDelayP99Ms),
    staleSocketRetries: samples.staleSocketRetries,
    unpairedTurns,
    chunkCountMismatches,
    loadAverage: { before: samples.loadAverageBefore.map((value) => round(value)), after: samples.loadAverageAfter.map((value) => round(value)) },
  }
}

