import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { hostileBroadbandCallbacks as dale } from '../../src/personas/builtin'
import { launchBrowser, type RunningApp, saveScreenshot, signIn, startApp } from './support/browser-harness'
import { startCallFromCard, typeAndSend } from './support/call-page'
import { watchPageProblems } from './support/trainer-pages'

const slow = 120_000
const desktop = { width: 1280, height: 860 }
const phone = { width: 390, height: 844 }

const question = (id: string) => dale.hiddenFacts.find((fact) => fact.id === id)!.exampleQuestions[0]!

/** Sends a message and waits until the scripted customer has answered and the box is open again. */
async function sendAndWaitForReply(page: Page, text: string) {
  const repliesBefore = await page.getByTestId('customer-text').count()
  await typeAndSend(page, text)
  await page.waitForFunction((count) => {
    const bubbles = [...document.querySelectorAll('[data-testid="customer-text"]')]
    const box = document.getElementById('composer-text') as HTMLTextAreaElement | null
    return bubbles.length > count && bubbles.at(-1)?.getAttribute('aria-busy') !== 'true' && box !== null && !box.disabled
  }, repliesBefore)
}

describe("the agent's brief and the facts report in the browser", () => {
  let running: RunningApp
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let pageProblems: string[]

  beforeAll(async () => {
    // No model: every call is scripted, the same customer every time.
    running = await startApp()
    browser = await launchBrowser()
  }, slow)

  afterAll(async () => {
    await browser?.close()
    await running?.close()
  })

  beforeEach(async () => {
    context = await browser.newContext({ viewport: desktop })
    context.setDefaultTimeout(20_000)
    page = await context.newPage()
    pageProblems = []
    watchPageProblems(page, pageProblems, 'trainee')
  })

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      const name = `failed-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`
      console.log(`Screenshot of the failure: ${await saveScreenshot(page, name).catch(() => 'none')}`)
    }
    await context?.close()
    expect(pageProblems).toEqual([])
  })

  async function signedInTrainee() {
    const trainee = await running.testApp.createUserAndSignIn('trainee', 'Sam Rivera')
    await signIn(page, running.baseUrl, trainee)
    return trainee
  }

  it(
    "the scenario card and the assignment card show the summary and fold out the agent's screen",
    async () => {
      const trainer = await running.testApp.createUserAndSignIn('trainer', 'Tess Trainer')
      const trainee = await running.testApp.createUserAndSignIn('trainee', 'Sam Rivera')
      const assigned = await running.testApp.request('/api/assignments', { cookie: trainer.cookie, body: { personaId: dale.id, audience: 'selected', traineeIds: [trainee.user.id], mode: 'any' } })
      expect(assigned.status).toBe(201)
      await signIn(page, running.baseUrl, trainee)

      const assignment = page.locator('.my-assignment').filter({ has: page.getByRole('heading', { name: dale.name }) })
      await assignment.waitFor()
      expect(await assignment.textContent()).toContain(dale.summary)

      const card = page.locator('.scenario-card').filter({ has: page.getByRole('heading', { name: dale.name }) })
      const brief = card.getByTestId('agent-brief')
      expect(await brief.isVisible()).toBe(false)
      // Keyboard: the fold is a native disclosure.
      await card.getByText('Your screen for this call').focus()
      await page.keyboard.press('Enter')
      await brief.waitFor()
      for (const heading of ['Your goal', 'Account', 'History', 'Notes', 'What you can offer']) {
        await brief.getByRole('heading', { level: 3, name: heading }).waitFor()
      }
      const shown = (await brief.textContent()) ?? ''
      for (const entry of dale.agentScreen.account) expect(shown).toContain(entry.value)
      for (const line of [...dale.agentScreen.history, ...dale.agentScreen.notes]) expect(shown).toContain(line)
      for (const option of dale.agentOptions) expect(shown).toContain(option.label)
      for (const fact of dale.hiddenFacts) expect(shown).not.toContain(fact.fact)
      for (const resolution of dale.resolutions) expect(shown).not.toContain(resolution.description)

      await assignment.getByText('Your screen for this call').click()
      await assignment.getByTestId('agent-brief').getByRole('heading', { level: 4, name: 'What you can offer' }).waitFor()
      await saveScreenshot(page, '11-scenario-brief')
      await page.setViewportSize(phone)
      await card.scrollIntoViewIfNeeded()
      await saveScreenshot(page, '11-scenario-brief-390px')
    },
    slow,
  )

  it(
    "during the call the agent's screen sits beside the transcript at 1280 px and opens as a drawer at 390 px, also after a reload",
    async () => {
      await signedInTrainee()
      await startCallFromCard(page, dale.name)
      const panel = page.getByRole('complementary', { name: 'Your screen' })
      await panel.waitFor()
      expect(await panel.textContent()).toContain(dale.agentScreen.account[1]!.value)
      expect(await panel.textContent()).toContain(dale.summary)
      const opener = page.getByRole('button', { name: 'Your screen' })
      expect(await opener.isVisible()).toBe(false)
      // The panel sits to the right of the transcript, not below it.
      const transcriptBox = (await page.locator('.transcript').boundingBox())!
      const panelBox = (await panel.boundingBox())!
      expect(panelBox.x).toBeGreaterThanOrEqual(transcriptBox.x + transcriptBox.width)
      expect(panelBox.y).toBeLessThan(transcriptBox.y + transcriptBox.height)
      await sendAndWaitForReply(page, `Mr Harrow, I am sorry it has taken four calls. ${question('conflicting-explanations')}`)
      await saveScreenshot(page, '12-call-agent-screen', { fullPage: false })

      // At 700 px and below there is no room beside the transcript: the screen is a drawer.
      await page.setViewportSize({ width: 700, height: 860 })
      expect(await panel.isVisible()).toBe(false)
      await opener.waitFor()
      await saveScreenshot(page, '12-call-agent-screen-700px-closed', { fullPage: false })
      await page.setViewportSize(phone)
      await opener.waitFor()
      await saveScreenshot(page, '12-call-agent-screen-390px-closed', { fullPage: false })
      await opener.click()
      const drawer = page.getByRole('dialog', { name: 'Your screen' })
      await drawer.waitFor()
      expect(await drawer.textContent()).toContain(dale.agentOptions[0]!.label)
      expect(await page.evaluate(() => document.activeElement?.closest('dialog')?.getAttribute('aria-labelledby'))).toBe('agent-screen-drawer-title')
      // A modal dialog: the page behind is inert, so however far the trainee tabs the focus never lands on it
      // (it cycles through the dialog, by way of the browser's own controls).
      for (let press = 0; press < 4; press += 1) {
        await page.keyboard.press('Tab')
        const outside = await page.evaluate(() => {
          const active = document.activeElement
          return active !== null && active !== document.body && active.closest('dialog') === null ? active.outerHTML.slice(0, 80) : null
        })
        expect(outside).toBeNull()
      }
      await saveScreenshot(page, '12-call-agent-screen-390px', { fullPage: false })
      await page.keyboard.press('Escape')
      await drawer.waitFor({ state: 'hidden' })
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Your screen')

      // A resumed call shows the same screen: it comes with the session state.
      await page.reload()
      await page.getByTestId('trainee-text').first().waitFor()
      await opener.click()
      await drawer.waitFor()
      expect(await drawer.textContent()).toContain(dale.agentScreen.account[1]!.value)
      await drawer.getByRole('button', { name: 'Close' }).click()
      await drawer.waitFor({ state: 'hidden' })
      await page.setViewportSize(desktop)
      await panel.waitFor()
    },
    slow,
  )

  it(
    'once a scripted call has ended, the scorecard says which facts were uncovered and which were never asked about, for the trainee and in the trainer review',
    async () => {
      const trainee = await signedInTrainee()
      const sessionId = await startCallFromCard(page, dale.name)
      await sendAndWaitForReply(page, `Mr Harrow, I am sorry you have been let down. ${question('missed-engineer')}`)
      await sendAndWaitForReply(page, question('conflicting-explanations'))
      // Before the end, nothing on the page gives a hidden fact away.
      const during = await page.content()
      for (const fact of dale.hiddenFacts) {
        expect(during).not.toContain(fact.fact)
        expect(during).not.toContain(fact.answers)
      }
      expect(await page.getByTestId('facts-report').count()).toBe(0)

      await page.getByRole('button', { name: 'Hang up' }).click()
      const dialog = page.getByRole('dialog', { name: 'Hang up?' })
      await dialog.getByLabel(/^No resolution/).check()
      await dialog.getByRole('button', { name: 'Hang up' }).click()
      await page.getByRole('heading', { name: 'Scorecard' }).waitFor()

      const report = page.getByTestId('facts-report')
      await report.waitFor()
      await report.getByRole('heading', { level: 3, name: 'What you found out' }).waitFor()
      expect(await report.getByTestId('facts-summary').textContent()).toContain('You uncovered 2 of 4 facts')
      const uncovered = report.getByRole('list', { name: 'Facts uncovered' }).getByRole('listitem')
      expect(await uncovered.count()).toBe(2)
      expect(await uncovered.nth(0).textContent()).toContain(dale.hiddenFacts.find((fact) => fact.id === 'missed-engineer')!.fact)
      expect(await uncovered.nth(1).textContent()).toContain(dale.hiddenFacts.find((fact) => fact.id === 'conflicting-explanations')!.fact)
      expect(await report.textContent()).toContain('You never asked about:')
      const missed = report.getByRole('list', { name: 'Facts never asked about' }).getByRole('listitem')
      expect(await missed.allTextContents()).toEqual(
        dale.hiddenFacts.filter((fact) => fact.id === 'works-from-home' || fact.id === 'thinking-of-leaving').map((fact) => fact.answers),
      )
      // Each uncovered fact links to the question that earned it.
      await uncovered.nth(1).getByRole('link', { name: 'See the question that uncovered it' }).click()
      expect(await page.evaluate(() => document.querySelector(':target')?.textContent ?? '')).toContain(question('conflicting-explanations'))

      await report.scrollIntoViewIfNeeded()
      await saveScreenshot(page, '13-facts-report')
      await page.setViewportSize(phone)
      await saveScreenshot(page, '13-facts-report-390px')

      const state = await (await running.testApp.request(`/api/sessions/${sessionId}`, { cookie: trainee.cookie })).json()
      expect(state.uncoveredFacts.map((fact: { id: string }) => fact.id)).toEqual(['missed-engineer', 'conflicting-explanations'])

      // The trainer's review of the call shows the same report, in the trainee's name.
      const trainer = await running.testApp.createUserAndSignIn('trainer', 'Tess Trainer')
      const trainerContext = await browser.newContext({ viewport: desktop })
      const trainerPage = await trainerContext.newPage()
      watchPageProblems(trainerPage, pageProblems, 'trainer')
      try {
        await trainerPage.goto(`${running.baseUrl}/`)
        await trainerPage.getByLabel('Email').fill(trainer.email)
        await trainerPage.getByLabel('Password').fill(trainer.password)
        await trainerPage.getByRole('button', { name: 'Sign in' }).click()
        await trainerPage.getByRole('button', { name: 'Sign out' }).waitFor()
        await trainerPage.goto(`${running.baseUrl}/results/calls/${sessionId}`)
        const review = trainerPage.getByTestId('facts-report')
        await review.waitFor()
        expect(await review.getByTestId('facts-summary').textContent()).toContain('Sam Rivera uncovered 2 of 4 facts')
        expect(await review.textContent()).toContain('Sam Rivera never asked about:')
        await review.scrollIntoViewIfNeeded()
        await saveScreenshot(trainerPage, '13-facts-report-trainer-review')
      } finally {
        await trainerContext.close()
      }
    },
    slow,
  )
})
