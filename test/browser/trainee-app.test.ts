import { scriptedAgentLines } from '../../src/personas/scripted-agents'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { builtinPersonas } from '../../src/personas/builtin'
import { type FakeOpenAi, startFakeOpenAi } from '../fake-openai/fake-openai-server'
import { gradeEveryTurn, launchBrowser, type RunningApp, saveScreenshot, screenshotDirectory, signIn, startApp } from './support/browser-harness'
import { composer, moodLabel, startCallFromCard, typeAndSend, waitForComposerReady, waitForCustomerReply, waitForGrade, waitForMoodChange } from './support/call-page'

// Short enough to come round again: a longer line said twice would be caught by the server's reply check.
const defaultReply = 'Right. Go on, then.'
const slow = 120_000

describe('trainee app in the browser', () => {
  let fake: FakeOpenAi
  let running: RunningApp
  let browser: Browser
  let context: BrowserContext
  let page: Page
  /** Uncaught page errors and Content-Security-Policy violations: any one fails the test. */
  let pageProblems: string[]

  beforeAll(async () => {
    fake = await startFakeOpenAi()
    running = await startApp({ fake })
    browser = await launchBrowser()
    console.log(`Browser screenshots are saved in ${screenshotDirectory}`)
  }, slow)

  afterAll(async () => {
    await browser?.close()
    await running?.close()
    await fake?.close()
  })

  beforeEach(async () => {
    fake.reset()
    fake.setDefault('stream', { stream: defaultReply, chunkDelayMs: 20 })
    gradeEveryTurn(fake)
    context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
    context.setDefaultTimeout(20_000)
    page = await context.newPage()
    pageProblems = []
    page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) pageProblems.push(message.text())
    })
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

  async function sessionState(cookie: string, sessionId: string) {
    const response = await running.testApp.request(`/api/sessions/${sessionId}`, { cookie })
    expect(response.status).toBe(200)
    return response.json()
  }

  it(
    'signs in, lists every scenario card, keeps the session across a reload and signs out',
    async () => {
      const trainee = await running.testApp.createUserAndSignIn('trainee', 'Sam Rivera')
      await page.goto(`${running.baseUrl}/`)
      await page.getByRole('heading', { name: 'Sign in to practise' }).waitFor()
      expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('email')
      await saveScreenshot(page, '01-sign-in')

      await page.getByLabel('Email').fill(trainee.email)
      await page.getByLabel('Password').fill('not the password')
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.getByRole('alert').filter({ hasText: 'do not match' }).waitFor()

      await page.getByLabel('Password').fill(trainee.password)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.getByRole('heading', { level: 1, name: 'Choose a call to practise' }).waitFor()
      const cards = page.getByRole('article')
      await cards.first().waitFor()
      expect(await cards.count()).toBe(builtinPersonas.length)
      for (const persona of builtinPersonas) {
        const card = cards.filter({ has: page.getByRole('heading', { name: persona.name }) })
        expect(await card.textContent()).toContain(persona.summary)
        expect(await card.textContent()).toContain(`Difficulty ${persona.difficulty} of 5`)
        expect(await card.getByTestId('scenario-record').textContent()).toBe('Not tried yet')
      }
      await saveScreenshot(page, '02-scenarios')

      await page.reload()
      await page.getByRole('heading', { level: 1, name: 'Choose a call to practise' }).waitFor()

      await page.getByRole('button', { name: 'Sign out' }).click()
      await page.getByRole('heading', { name: 'Sign in to practise' }).waitFor()
      await page.reload()
      await page.getByRole('heading', { name: 'Sign in to practise' }).waitFor()
    },
    slow,
  )

  it(
    'offers an AI or a scripted customer for each call, AI by default, and labels the call with it',
    async () => {
      const trainee = await signedInTrainee()
      expect(await page.getByTestId('model-banner').count()).toBe(0)
      const choice = page.getByRole('group', { name: 'Customer for new calls' })
      await choice.waitFor()
      expect(await choice.getByRole('radio', { name: 'AI customer' }).isChecked()).toBe(true)

      const aiCall = await startCallFromCard(page, 'Dale Harrow')
      expect(await page.getByTestId('call-mode').textContent()).toBe('AI customer')
      expect((await sessionState(trainee.cookie, aiCall)).session.mode).toBe('model')

      // Keyboard only: arrow to "Scripted customer", then tab on to a card's call button.
      await page.goto(`${running.baseUrl}/`)
      await choice.getByRole('radio', { name: 'AI customer' }).focus()
      await page.keyboard.press('ArrowRight')
      expect(await choice.getByRole('radio', { name: 'Scripted customer' }).isChecked()).toBe(true)
      const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Harold Fenwick' }) })
      expect(await card.locator('.scenario-mode').textContent()).toBe('Scripted customer')
      await saveScreenshot(page, '02-scenarios-mode-choice', { fullPage: false })
      const scriptedCall = await startCallFromCard(page, 'Harold Fenwick')
      expect(await page.getByTestId('call-mode').textContent()).toBe('Scripted customer')
      expect((await sessionState(trainee.cookie, scriptedCall)).session.mode).toBe('scripted')

      // The scripted customer answers from its script, not the model.
      const callsBefore = fake.requests.length
      await typeAndSend(page, 'Harold, I am sorry this has been so confusing. Shall we go through it one step at a time?')
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="customer-text"]').length === 2)
      await waitForComposerReady(page)
      expect(await page.getByTestId('customer-text').last().textContent()).not.toBe(defaultReply)
      expect(fake.requests.slice(callsBefore).every((request) => request.body.stream !== true)).toBe(true)

      // The choice is remembered on this browser.
      await page.goto(`${running.baseUrl}/`)
      expect(await choice.getByRole('radio', { name: 'Scripted customer' }).isChecked()).toBe(true)
    },
    slow,
  )

  it(
    'with each built-in persona a turn streams the reply, moves the mood and brings coaching',
    async () => {
      await signedInTrainee()
      for (const [index, persona] of builtinPersonas.entries()) {
        await page.goto(`${running.baseUrl}/`)
        await startCallFromCard(page, persona.name)
        await page.getByTestId('customer-text').first().filter({ hasText: persona.openingLine.slice(0, 30) }).waitFor()
        const moodBefore = await moodLabel(page)
        expect(moodBefore).toMatch(/^(Furious|Angry|Frustrated|Calming|Satisfied), \d+\/100$/)

        const words = ['I hear you, ', 'and that ', 'is a start. ', 'Now tell me ', 'what happens ', 'next.']
        fake.onStream({ stream: words, chunkDelayMs: 150 })
        const text = `${persona.name}, I am so sorry about all of this, that sounds really frustrating. What I can do is sort it out with you today.`
        await typeAndSend(page, text)

        // The trainee's words are on screen at once, and the box is closed until the customer has answered.
        await page.getByTestId('trainee-text').last().filter({ hasText: 'I am so sorry about all of this' }).waitFor()
        await page.locator('#composer-text:disabled').waitFor()
        // Words arrive while the reply is still streaming.
        await page.waitForFunction(() => {
          const last = [...document.querySelectorAll('[data-testid="customer-text"]')].at(-1)
          return last?.getAttribute('aria-busy') === 'true' && (last.textContent ?? '').includes('I hear you')
        })
        await waitForCustomerReply(page, 'what happens next.')
        await waitForMoodChange(page, moodBefore)

        const message = await waitForGrade(page)
        expect(await message.locator('.badge-row').textContent()).toContain('Apologised')
        expect(await message.locator('.score-pill').first().textContent()).toContain('2/2')
        expect(await message.textContent()).toContain('Names what went wrong for this customer')
        expect(await message.locator('mark').first().textContent()).toBe(`${persona.name}`)
        await waitForComposerReady(page)
        expect(await page.locator('[aria-live="polite"]').last().textContent()).toContain('what happens next.')

        if (index === 0) {
          await saveScreenshot(page, '03-call-with-coaching', { fullPage: false })
          await page.setViewportSize({ width: 360, height: 780 })
          await saveScreenshot(page, '03-call-with-coaching-360px', { fullPage: false })
          await page.setViewportSize({ width: 1280, height: 860 })
        }
      }
    },
    slow * 2,
  )

  it(
    'taking a turn back restores the mood and keeps both attempts, marked',
    async () => {
      const trainee = await signedInTrainee()
      const sessionId = await startCallFromCard(page, 'Dale Harrow')
      const moodAtStart = await moodLabel(page)

      await typeAndSend(page, 'Calm down. You should have read the email we sent.')
      await waitForCustomerReply(page, defaultReply)
      await waitForGrade(page)
      await waitForMoodChange(page, moodAtStart)

      await page.getByRole('button', { name: /Take this reply back/ }).click()
      await page.locator('.message-trainee[data-rewound]').waitFor()
      await page.waitForFunction((expected) => document.querySelector('[data-testid="mood-label"]')?.textContent?.trim() === expected, moodAtStart)
      expect(await page.locator('.message-customer[data-rewound]').count()).toBe(1)
      await waitForComposerReady(page)

      await typeAndSend(page, 'Mr Harrow, I am so sorry we let you down three times. When was the engineer booked?')
      await waitForGrade(page)
      await waitForComposerReady(page)
      expect(await page.getByTestId('trainee-text').count()).toBe(2)
      expect(await page.locator('.message-trainee[data-rewound]').getByText('Taken back').count()).toBe(1)

      const state = await sessionState(trainee.cookie, sessionId)
      const traineeTurns = state.turns.filter((turn: { role: string }) => turn.role === 'trainee')
      expect(traineeTurns.map((turn: { rewound: boolean }) => turn.rewound)).toEqual([true, false])
      expect(traineeTurns[0].grade).toMatchObject({ source: 'llm' })

      // Coaching off: nothing during the call, and the choice survives a reload.
      await page.getByLabel('Coach me during the call').uncheck()
      expect(await page.locator('.turn-feedback').count()).toBe(0)
      await typeAndSend(page, 'Let me look at your account now.')
      await waitForCustomerReply(page, defaultReply)
      await waitForComposerReady(page)
      expect(await page.locator('.turn-feedback').count()).toBe(0)
      await page.reload()
      await page.getByTestId('trainee-text').nth(2).waitFor()
      expect(await page.getByLabel('Coach me during the call').isChecked()).toBe(false)
      expect(await page.locator('.turn-feedback').count()).toBe(0)
      await page.getByLabel('Coach me during the call').check()
      expect(await page.locator('.turn-feedback').count()).toBe(3)
    },
    slow,
  )

  it(
    'hanging up asks for a reason, then the scorecard, the history and the transcript with grades',
    async () => {
      await signedInTrainee()
      await startCallFromCard(page, 'Rosalind Ashworth')
      await typeAndSend(page, 'Rosalind, I am so sorry the armchair came in the wrong colour. Which colour did you order?')
      await waitForGrade(page)
      await waitForComposerReady(page)
      await typeAndSend(page, 'Could you read me the order number from your confirmation email?')
      await waitForGrade(page)
      await waitForComposerReady(page)

      await page.getByRole('button', { name: 'Hang up' }).click()
      const dialog = page.getByRole('dialog', { name: 'Hang up?' })
      await dialog.waitFor()
      await page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'hidden' })
      // Keyboard only this time: open, submit without a reason, pick one with the arrow keys, confirm.
      await page.getByRole('button', { name: 'Hang up' }).focus()
      await page.keyboard.press('Enter')
      await dialog.waitFor()
      await dialog.getByRole('button', { name: 'Hang up' }).focus()
      await page.keyboard.press('Enter')
      await dialog.getByRole('alert').filter({ hasText: 'Choose why' }).waitFor()
      await dialog.getByLabel(/^Resolved/).focus()
      await page.keyboard.press('Space')
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('ArrowDown')
      expect(await dialog.getByLabel(/^Escalated/).isChecked()).toBe(true)
      await dialog.getByRole('button', { name: 'Hang up' }).focus()
      await page.keyboard.press('Enter')

      await page.getByTestId('call-ended').filter({ hasText: 'You ended the call' }).waitFor()
      await page.getByRole('heading', { name: 'Scorecard' }).waitFor()
      expect(await page.getByTestId('weighted-total').textContent()).toMatch(/\d+\/100/)
      expect(await page.locator('.criterion-average').count()).toBeGreaterThanOrEqual(9)
      expect(await page.locator('.tips li').count()).toBe(3)
      expect(await page.getByTestId('graded-by').textContent()).toBe('Graded by the AI grader')
      expect(await page.locator('.scorecard-meta').textContent()).toContain('AI customer')
      expect(await page.locator('.moment-quote').count()).toBeGreaterThanOrEqual(1)
      // Each turn on the mood chart shows itself on focus.
      await page.locator('.mood-chart-point').nth(2).focus()
      await page.locator('.mood-chart-caption').filter({ hasText: 'Turn 2:' }).filter({ hasText: 'order number' }).waitFor()
      await page.locator('.mood-chart-point').nth(1).locator('.mood-chart-dot').hover()
      await page.locator('.mood-chart-caption').filter({ hasText: 'Turn 1:' }).waitFor()
      await saveScreenshot(page, '04-scorecard')
      await page.setViewportSize({ width: 360, height: 780 })
      await saveScreenshot(page, '04-scorecard-360px')
      await page.setViewportSize({ width: 1280, height: 860 })
      await page.emulateMedia({ media: 'print' })
      expect(await page.getByRole('button', { name: 'Try again' }).isVisible()).toBe(false)
      await saveScreenshot(page, '04-scorecard-print')
      await page.emulateMedia({ media: 'screen' })

      await page.getByRole('link', { name: 'History' }).click()
      await page.getByRole('heading', { level: 1, name: 'Your calls' }).waitFor()
      const row = page.locator('.call-row').filter({ hasText: 'Rosalind Ashworth' })
      await row.waitFor()
      expect(await row.textContent()).toContain('Escalated')
      await page.getByRole('heading', { name: 'Progress by criterion' }).waitFor()
      await saveScreenshot(page, '05-history')

      await row.getByRole('link').click()
      await page.getByRole('heading', { name: 'Transcript and grades' }).waitFor()
      expect(await page.locator('.turn-feedback').count()).toBe(2)
      expect(await page.getByText('A stronger reply').count()).toBe(2)
      await saveScreenshot(page, '06-history-call')

      await page.goto(`${running.baseUrl}/`)
      const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Rosalind Ashworth' }) })
      expect(await card.getByTestId('scenario-record').textContent()).toMatch(/^Best score \d+ · 1 attempt$/)
    },
    slow,
  )

  it(
    'the customer hanging up ends the call with a clear banner and the scorecard',
    async () => {
      await signedInTrainee()
      await startCallFromCard(page, 'Dale Harrow')
      const blame = [
        'Calm down. You caused this problem by not being home when the engineer came.',
        'There is nothing I can do, that is our policy. If you had listened last time you would not be in this situation.',
        'I cannot understand why you are this upset. You should have read the email.',
        'Like I already said, it is your fault. There is just nothing I can do.',
      ]
      for (const text of blame) {
        await typeAndSend(page, text)
        await page.waitForFunction(() => {
          const box = document.getElementById('composer-text') as HTMLTextAreaElement | null
          return document.querySelector('[data-testid="call-ended"]') !== null || (box !== null && !box.disabled)
        })
        if (await page.getByTestId('call-ended').count()) break
      }
      await page.getByTestId('call-ended').filter({ hasText: 'Dale Harrow hung up on you.' }).waitFor()
      await page.getByRole('heading', { name: 'Scorecard' }).waitFor()
      expect(await page.locator('.outcome-name').textContent()).toBe('Customer hung up')
      expect(await composer(page).count()).toBe(0)
    },
    slow,
  )

  it(
    'reloading mid-call restores the call, and a reply cut off by the reload can be retried',
    async () => {
      const trainee = await signedInTrainee()
      const sessionId = await startCallFromCard(page, 'Graham Whitlock')
      await typeAndSend(page, 'Mr Whitlock, I understand how annoying an unexpected bill is. Which dates were you abroad?')
      await waitForCustomerReply(page, defaultReply)
      await waitForGrade(page)
      await waitForComposerReady(page)
      const mood = await moodLabel(page)

      await page.reload()
      await page.getByTestId('trainee-text').filter({ hasText: 'Which dates were you abroad?' }).waitFor()
      await waitForCustomerReply(page, defaultReply)
      expect(await moodLabel(page)).toBe(mood)
      expect(await page.getByText('A stronger reply').count()).toBe(1)
      await waitForComposerReady(page)

      fake.onStream({ stream: ['You ', 'see, ', 'the ', 'regulations ', 'are ', 'quite ', 'clear ', 'on ', 'this ', 'point.'], chunkDelayMs: 400 })
      const second = 'I can see the charges here. What I can do is check each one with you.'
      await typeAndSend(page, second)
      await page.waitForFunction(() => {
        const last = [...document.querySelectorAll('[data-testid="customer-text"]')].at(-1)
        return last?.getAttribute('aria-busy') === 'true'
      })
      await page.reload()

      await page.getByTestId('trainee-text').filter({ hasText: second }).waitFor()
      // The reload cut the reply off; once the server has settled, the message offers a retry.
      const retry = page.getByRole('button', { name: 'Retry' })
      await retry.waitFor()
      await retry.click()
      await waitForCustomerReply(page, defaultReply)
      await waitForComposerReady(page)

      const state = await sessionState(trainee.cookie, sessionId)
      const sent = state.turns.filter((turn: { role: string; text: string }) => turn.role === 'trainee' && turn.text === second)
      expect(sent).toHaveLength(1)
      expect(sent[0].status).toBe('answered')
      expect(state.turns.at(-1)).toMatchObject({ role: 'customer', status: 'complete', text: defaultReply })
    },
    slow,
  )

  it(
    'when the grader fails, the rules-only grade shows and the coach can be asked again',
    async () => {
      await signedInTrainee()
      await startCallFromCard(page, 'Graham Whitlock')
      fake.onObject({ content: 'not json at all' }, { content: '{"criteria": "nope"}' })
      await typeAndSend(page, 'Mr Whitlock, which dates were you travelling?')
      await waitForCustomerReply(page, defaultReply)
      const message = page.locator('.message-trainee').last()
      await message.getByText('Rules-only grade').waitFor()
      await message.getByRole('button', { name: 'Ask the coach again' }).click()
      await message.getByText('A stronger reply').waitFor()
      expect(await message.getByText('Rules-only grade').count()).toBe(0)
    },
    slow,
  )

  it(
    'a failed reply keeps the message, and Retry sends the same turn once',
    async () => {
      const trainee = await signedInTrainee()
      const sessionId = await startCallFromCard(page, 'Harold Fenwick')
      fake.onStream({ status: 500, body: { error: { message: 'boom' } } })
      const text = 'Harold, I am sorry this has been so confusing. Shall we go through it one step at a time?'
      await typeAndSend(page, text)

      const failure = page.locator('.message-failure')
      await failure.waitFor()
      expect(await failure.textContent()).toContain('Your message is saved')
      expect(await page.getByTestId('trainee-text').last().textContent()).toContain(text)
      await saveScreenshot(page, '07-reply-failed', { fullPage: false })

      await failure.getByRole('button', { name: 'Retry' }).click()
      await waitForCustomerReply(page, defaultReply)
      await waitForComposerReady(page)
      expect(await page.locator('.message-failure').count()).toBe(0)
      expect(await page.getByTestId('trainee-text').count()).toBe(1)

      const state = await sessionState(trainee.cookie, sessionId)
      const traineeTurns = state.turns.filter((turn: { role: string }) => turn.role === 'trainee')
      expect(traineeTurns).toHaveLength(1)
      expect(traineeTurns[0]).toMatchObject({ text, status: 'answered' })
    },
    slow,
  )
})

describe('trainee app without a model', () => {
  let running: RunningApp
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let pageProblems: string[]

  beforeAll(async () => {
    running = await startApp()
    browser = await launchBrowser()
  }, slow)

  afterAll(async () => {
    await browser?.close()
    await running?.close()
  })

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
    context.setDefaultTimeout(20_000)
    page = await context.newPage()
    pageProblems = []
    page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) pageProblems.push(message.text())
    })
  })

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      const name = `failed-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`
      console.log(`Screenshot of the failure: ${await saveScreenshot(page, name).catch(() => 'none')}`)
    }
    await context?.close()
    expect(pageProblems).toEqual([])
  })

  it(
    'says calls are scripted in one calm line, shows how to connect a model, and every card starts a call',
    async () => {
      const trainee = await running.testApp.createUserAndSignIn('trainee', 'Sam Rivera')
      await signIn(page, running.baseUrl, trainee)
      const banner = page.getByTestId('model-banner')
      await banner.waitFor()
      const text = (await banner.textContent()) ?? ''
      expect(text).toContain('Practising with scripted customers — no AI model is connected.')
      for (const variable of ['LLM_BASE_URL', 'PERSONA_MODEL', 'GRADER_MODEL']) expect(text).toContain(variable)
      expect(await banner.getAttribute('role')).toBe('note')
      // No choice to make: every call is scripted, and each card says so.
      expect(await page.getByRole('radio').count()).toBe(0)
      const buttons = page.getByRole('article').getByRole('button', { name: /^Call / })
      // The cards arrive after the banner: wait for them before counting.
      await buttons.first().waitFor()
      expect(await buttons.count()).toBe(builtinPersonas.length)
      for (const button of await buttons.all()) {
        expect(await button.isEnabled()).toBe(true)
        expect(await button.getAttribute('aria-describedby').then((id) => page.locator(`#${id}`).textContent())).toBe('Scripted customer')
      }
      await saveScreenshot(page, '08-no-model')
      await page.setViewportSize({ width: 360, height: 780 })
      await saveScreenshot(page, '08-no-model-360px', { fullPage: false })
    },
    slow,
  )

  it(
    'a fresh install holds a full scripted call with each built-in persona and shows the rules-only scorecard',
    async () => {
      const trainee = await running.testApp.createUserAndSignIn('trainee', 'Sam Rivera')
      await signIn(page, running.baseUrl, trainee)
      for (const [index, persona] of builtinPersonas.entries()) {
        await page.goto(`${running.baseUrl}/`)
        const sessionId = await startCallFromCard(page, persona.name)
        expect(await page.getByTestId('call-mode').textContent()).toBe('Scripted customer')
        await page.getByTestId('customer-text').first().filter({ hasText: persona.openingLine.slice(0, 30) }).waitFor()

        // The scripted good agent of the mood check: it offers one of this persona's acceptable resolutions, in its
        // own words, and closes; nothing less resolves a call.
        const lines = scriptedAgentLines(persona, 'good', 1)
        let sent = 0
        for (const text of lines) {
          const repliesBefore = await page.getByTestId('customer-text').count()
          await typeAndSend(page, text)
          sent += 1
          // The scripted reply streams in like a model's, then the box opens again or the call ends.
          await page.waitForFunction((count) => {
            const ended = document.querySelector('[data-testid="call-ended"]') !== null
            const bubbles = [...document.querySelectorAll('[data-testid="customer-text"]')]
            const box = document.getElementById('composer-text') as HTMLTextAreaElement | null
            const answered = bubbles.length > count && bubbles.at(-1)?.getAttribute('aria-busy') !== 'true' && box !== null && !box.disabled
            return ended || answered
          }, repliesBefore)
          if (await page.getByTestId('call-ended').count()) break
          const message = page.locator('.message-trainee').last()
          await message.getByText('Rules-only grade').waitFor()
          if (index === 0 && sent === 3) {
            await saveScreenshot(page, '09-scripted-call', { fullPage: false })
            await page.setViewportSize({ width: 360, height: 780 })
            await saveScreenshot(page, '09-scripted-call-360px', { fullPage: false })
            await page.setViewportSize({ width: 1280, height: 860 })
          }
        }

        await page.getByTestId('call-ended').filter({ hasText: `${persona.name} is satisfied` }).waitFor()
        await page.getByRole('heading', { name: 'Scorecard' }).waitFor()
        expect(await page.locator('.outcome-name').textContent()).toBe('Resolved')
        expect(await page.getByTestId('graded-by').textContent()).toBe('Rules-only grade (no AI grader)')
        expect(await page.getByTestId('weighted-total').textContent()).toMatch(/\d+\/100/)
        expect(await page.locator('.scorecard-meta').textContent()).toContain('Scripted customer')
        expect(await page.locator('.criterion-average').count()).toBeGreaterThanOrEqual(9)
        expect(await composer(page).count()).toBe(0)
        if (index === 0) await saveScreenshot(page, '10-scripted-scorecard')

        const response = await running.testApp.request(`/api/sessions/${sessionId}`, { cookie: trainee.cookie })
        const state = await response.json()
        expect(state.session).toMatchObject({ mode: 'scripted', status: 'ended', usage: { modelCalls: 0 } })
        expect(state.session.scorecard.gradedBy).toBe('rules')
        expect(state.turns.filter((turn: { role: string }) => turn.role === 'trainee')).toHaveLength(sent)
      }

      await page.getByRole('link', { name: 'History' }).click()
      const rows = page.locator('.call-row')
      await rows.first().waitFor()
      expect(await rows.count()).toBe(builtinPersonas.length)
      for (const row of await rows.all()) expect(await row.textContent()).toContain('Scripted customer')
    },
    slow * 3,
  )
})

