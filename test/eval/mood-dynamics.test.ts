import { describe, expect, it } from 'vitest'
import { builtinPersonas, hostileBroadbandCallbacks } from '../../src/personas/builtin'
import { judgeRun, moodTargets, playMood, summariseMoodDynamics } from '../../eval/mood-dynamics'
import { scriptedTraineeLines } from '../../eval/scripted-trainees'

/**
 * The mood-dynamics targets of issue 7, with no model: the customer's mood is decided by code
 * (signals and the persona's sensitivities), so these shares are the same for every model.
 */
const runs = 20

describe('mood dynamics of the built-in personas against scripted trainees', () => {
  it.each(builtinPersonas.map((persona) => [persona.id, persona] as const))('%s meets the targets', (_id, persona) => {
    const summary = summariseMoodDynamics(persona, runs)
    console.log(
      `${persona.id}: bad agent drives a hang-up in ${Math.round(summary.badHangsUp * 100)}% of ${runs} runs, good agent calms in ${Math.round(summary.goodCalms * 100)}% (median turn ${summary.medianCalmTurn})`,
      summary.failures.length > 0 ? summary.failures.slice(0, 5) : '',
    )
    expect(summary.badHangsUp).toBeGreaterThanOrEqual(moodTargets.badHangsUp)
    expect(summary.goodCalms).toBeGreaterThanOrEqual(moodTargets.goodCalms)
  })

  it('varies the scripted lines from run to run but replays a run exactly from its seed', () => {
    const persona = hostileBroadbandCallbacks
    expect(scriptedTraineeLines(persona, 'good', 3)).toEqual(scriptedTraineeLines(persona, 'good', 3))
    const variants = new Set(Array.from({ length: 10 }, (_, seed) => scriptedTraineeLines(persona, 'bad', seed + 1).join('|')))
    expect(variants.size).toBe(10)
  })

  it('judges a bad run failed when the mood ever falls or the customer never hangs up', () => {
    const persona = hostileBroadbandCallbacks
    expect(judgeRun(persona, 'bad', { levels: [85, 100, 100, 100], events: [null, null, 'hang_up'] }).passed).toBe(true)
    expect(judgeRun(persona, 'bad', { levels: [85, 95, 90, 100, 100], events: [null, null, null, 'hang_up'] })).toMatchObject({ passed: false, reason: 'mood fell on turn 2' })
    expect(judgeRun(persona, 'bad', { levels: [85, 87, 89], events: [null, null] })).toMatchObject({ passed: false, reason: 'no hang-up in 2 turns' })
  })

  it('judges a good run passed only when the customer calms before any hang-up', () => {
    const persona = hostileBroadbandCallbacks
    expect(judgeRun(persona, 'good', { levels: [85, 60, 40, 25], events: [null, null, null] })).toMatchObject({ passed: true, calmedAtTurn: 3 })
    expect(judgeRun(persona, 'good', { levels: [85, 80, 70, 60], events: [null, null, null] })).toMatchObject({ passed: false, reason: 'never calmed' })
  })

  it('a bad agent\'s lines never calm any built-in persona, turn by turn', () => {
    for (const persona of builtinPersonas) {
      for (let seed = 1; seed <= 10; seed += 1) {
        const { levels } = playMood(persona, scriptedTraineeLines(persona, 'bad', seed))
        for (let index = 1; index < levels.length; index += 1) expect(levels[index]!, `${persona.id} #${seed}`).toBeGreaterThanOrEqual(levels[index - 1]!)
      }
    }
  })
})
