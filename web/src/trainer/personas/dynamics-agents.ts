import type { AgentKind } from '../../../../src/personas/scripted-agents'
import type { DynamicsCheckResponse } from '../../../../src/server/personas/persona-admin-types'

/** One scripted agent's call in the mood check: who, and the frustration before the first turn and after each. */
export interface DynamicsCurve {
  agent: AgentKind
  levels: readonly number[]
}

/** The five scripted agents, in the order the chart, its legend and the table show them. */
export const dynamicsAgents: readonly AgentKind[] = ['good', 'bad', 'stalling', 'filler', 'empathetic']

/** What each agent is called on the chart, and what they do, in a trainer's words. */
export const dynamicsAgentText: Record<AgentKind, { name: string; does: string }> = {
  good: { name: 'Good agent', does: 'listens, asks, offers one of the resolutions in their own words, and closes' },
  bad: { name: 'Bad agent', does: 'blames, talks down and stonewalls' },
  stalling: { name: 'Stalling agent', does: 'only holding lines: "bear with me", "let me check"' },
  filler: { name: 'Filler agent', does: 'only stock phrases with nothing behind them' },
  empathetic: { name: 'Empathetic, no offer', does: 'acknowledges and asks good questions, but never offers anything' },
}

/** The charted run of each agent (the first of the check's runs), in the agents' order. */
export function dynamicsCurves(result: DynamicsCheckResponse): DynamicsCurve[] {
  const others = new Map((result.others ?? []).map((other) => [other.kind, other.curve]))
  return dynamicsAgents.flatMap((agent): DynamicsCurve[] => {
    const levels = agent === 'good' ? result.good.curve : agent === 'bad' ? result.bad.curve : others.get(agent)
    return levels === undefined ? [] : [{ agent, levels }]
  })
}
