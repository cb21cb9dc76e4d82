import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { hostileBroadbandCallbacks } from '../../src/personas/builtin'
import { agentBrief } from '../../src/server/practice/agent-brief'
import { callStateFromView } from '../../web/src/call/call-reducer'
import { AgentBriefView } from '../../web/src/scenarios/agent-brief-view'
import { callFactsFromView } from '../../web/src/scorecard/call-facts'
import { FactsReport } from '../../web/src/scorecard/facts-report'
import { sessionStateFixture } from './session-state-fixture'

describe("the agent's brief on screen", () => {
  it('shows the goal, the account, the history, the notes and the options with their limits, under headings', () => {
    const brief = agentBrief(hostileBroadbandCallbacks)
    const html = renderToStaticMarkup(createElement(AgentBriefView, { brief }))
    for (const heading of ['Your goal', 'Account', 'History', 'Notes', 'What you can offer']) expect(html).toMatch(new RegExp(`<h3[^>]*>${heading}</h3>`))
    expect(html).toContain(hostileBroadbandCallbacks.summary)
    expect(html).toContain('<dt>Account number</dt><dd>LB-4471862</dd>')
    for (const option of hostileBroadbandCallbacks.agentOptions) expect(html).toContain(option.label)
    expect(html).toContain(brief.history[0])
  })

  it('on a card: headings one level down where asked, and the summary left to the card', () => {
    const brief = agentBrief(hostileBroadbandCallbacks)
    const html = renderToStaticMarkup(createElement(AgentBriefView, { brief, headingLevel: 4, showCallingAbout: false }))
    expect(html).toMatch(/<h4[^>]*>Account<\/h4>/)
    expect(html).not.toContain('<h3')
    expect(html).not.toContain(hostileBroadbandCallbacks.summary)
  })

  it('renders a trainer-written screen as text, never as markup', () => {
    const brief = { callingAbout: '<img src=x onerror=alert(1)>', account: [{ label: '<b>Plan</b>', value: '<script>alert(1)</script>' }], history: ['<i>x</i>'], notes: [], options: [{ label: '<u>Credit</u>', limits: null }] }
    const html = renderToStaticMarkup(createElement(AgentBriefView, { brief }))
    expect(html).not.toMatch(/<(img|script|b|i|u)[ >]/)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('Notes')
  })
})

describe('the facts report', () => {
  const facts = {
    uncovered: [{ id: 'missed-engineer', fact: 'An engineer was booked for <Tuesday>.', answers: 'what happened with the engineer appointment', turnId: 'turn-7' }],
    missed: [
      { id: 'works-from-home', answers: 'how the outage is affecting his work' },
      { id: 'thinking-of-leaving', answers: 'whether he is thinking of leaving' },
    ],
  }

  it('says how many facts the trainee uncovered, lists them with the question that did it, and names the topics never asked about', () => {
    const html = renderToStaticMarkup(createElement(FactsReport, { facts }))
    expect(html).toContain('You uncovered 1 of 3 facts.')
    expect(html).toContain('An engineer was booked for &lt;Tuesday&gt;.')
    expect(html).toContain('href="#turn-turn-7"')
    expect(html).toContain('You never asked about:')
    expect(html).toContain('how the outage is affecting his work')
    expect(html).toContain('whether he is thinking of leaving')
    // Missed facts are named by their topic only.
    expect(html).not.toContain('works-from-home')
  })

  it("names the trainee in a trainer's review", () => {
    const html = renderToStaticMarkup(createElement(FactsReport, { facts, speaker: 'Sam Rivera' }))
    expect(html).toContain('Sam Rivera uncovered 1 of 3 facts.')
    expect(html).toContain('Sam Rivera never asked about:')
  })

  it('shows nothing for a persona without hidden facts', () => {
    expect(renderToStaticMarkup(createElement(FactsReport, { facts: { uncovered: [], missed: [] } }))).toBe('')
  })

  it('the call state has no facts while the call is on, and takes them from the ended call', () => {
    const active = sessionStateFixture()
    expect(callStateFromView(active).facts).toBeNull()
    expect(callStateFromView(active).persona.brief.options[0]?.label).toBe('Engineer appointment')
    const ended = { ...active, uncoveredFacts: facts.uncovered, missedFacts: facts.missed }
    expect(callStateFromView(ended).facts).toEqual(facts)
    expect(callFactsFromView({ uncoveredFacts: null, missedFacts: null })).toBeNull()
  })
})
