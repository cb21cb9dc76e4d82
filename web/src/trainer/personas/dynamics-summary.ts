import type { DynamicsCheckResponse } from '../../../../src/server/personas/persona-admin-types'
import { dynamicsAgentText } from './dynamics-agents'

const runsText = (count: number, runs: number) => `${count} of ${runs} ${runs === 1 ? 'run' : 'runs'}`

function curveText(curve: readonly number[]): string {
  if (curve.length === 0) return 'no turns were played'
  const first = curve[0] as number
  const last = curve.at(-1) as number
  const turns = curve.length - 1
  return `frustration went from ${first} to ${last} over ${turns} ${turns === 1 ? 'turn' : 'turns'}`
}

/** The check's result in sentences, for everyone (and as the chart's text alternative). */
export function dynamicsSummary(result: DynamicsCheckResponse): string[] {
  const { good, bad } = result
  const goodCalm =
    good.calmedInRuns === 0
      ? `A scripted good agent never calmed the customer (${runsText(0, good.runs)}).`
      : `A scripted good agent calmed the customer in ${runsText(good.calmedInRuns, good.runs)}${good.medianCalmTurn === null ? '' : `, typically by turn ${good.medianCalmTurn}`}.`
  const badCalm =
    bad.calmedInRuns === 0
      ? `A scripted bad agent never calmed them, and they hung up in ${runsText(bad.hungUpInRuns, bad.runs)}.`
      : `A scripted bad agent calmed them in ${runsText(bad.calmedInRuns, bad.runs)}, and they hung up in ${runsText(bad.hungUpInRuns, bad.runs)}.`
  const others = (result.others ?? []).map((other) => {
    const name = dynamicsAgentText[other.kind].name
    const resolved = other.resolvedInRuns === 0 ? `never ended the call resolved (${runsText(0, other.runs)})` : `ended the call resolved in ${runsText(other.resolvedInRuns, other.runs)}`
    return `${name} (${dynamicsAgentText[other.kind].does}) ${resolved}; in the charted run, ${curveText(other.curve)}.`
  })
  return [
    goodCalm,
    badCalm,
    `In the charted run with the good agent, ${curveText(good.curve)}; with the bad agent, ${curveText(bad.curve)}. Calm means ${result.calmThreshold} or below; the customer's patience is ${result.patience} ${result.patience === 1 ? 'turn' : 'turns'} at the hang-up threshold.`,
    ...others,
  ]
}
