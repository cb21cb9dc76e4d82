import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type FakeOpenAi, startFakeOpenAi } from '../fake-openai/fake-openai-server'
import { gradeEveryTurn, launchBrowser, type RunningApp, saveScreenshot, screenshotDirectory, signIn, startApp } from './support/browser-harness'
import { waitForComposerReady } from './support/call-page'
import {
  acceptInvitation,
  cardFor,
  comesBefore,
  inviteTrainee,
  openFromNavigation,
  saveSectionScreenshot,
  sendAndWaitForCustomer,
  watchPageProblems,
} from './support/trainer-pages'

const slow = 180_000

/** The persona the trainer writes for their own company's customers. */
const persona = {
  name: 'Priya Natarajan',
  id: 'priya-fibre-outage',
  company: 'Northwind Fibre',
  openingLine: 'This is the third time my fibre has dropped this week, and nobody at Northwind will tell me why!',
  summary: 'A home worker whose fibre keeps dropping during client calls; she wants a date, not another apology.',
}

/**
 * One story, in order: the trainer builds a team, writes and publishes a persona, assigns it, and reviews
 * the trainee's call; the trainee joins from the invitation, practises the assignment and sees the review.
 * Each step needs the one before, so the steps share two browsers (trainer and trainee) and stop at the first failure.
 */
describe('the trainer’s workspace in the browser', () => {
  let fake: FakeOpenAi
  let running: RunningApp
  let browser: Browser
  let trainerContext: BrowserContext
  let traineeContext: BrowserContext
  let trainer: Page
  let trainee: Page
  /** Uncaught page errors and Content-Security-Policy violations in either browser: any one fails the test. */
  const pageProblems: string[] = []
  let failed = false

  const traineeAccount = { name: 'Sam Okafor', email: `sam.okafor.${randomUUID().slice(0, 8)}@example.test`, password: 'fibre lines and patience' }
  let sessionId = ''
  const overrideComment = 'You named the problem, but not how it felt for her: say that too.'

  beforeAll(async () => {
    fake = await startFakeOpenAi()
    fake.setDefault('stream', { stream: 'Right. Go on, then: what happens now?', chunkDelayMs: 20 })
    gradeEveryTurn(fake)
    running = await startApp({ fake })
    browser = await launchBrowser()
    console.log(`Browser screenshots are saved in ${screenshotDirectory}`)
    for (const who of ['trainer', 'trainee'] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
      context.setDefaultTimeout(30_000)
      const page = await context.newPage()
      watchPageProblems(page, pageProblems, who)
      if (who === 'trainer') [trainerContext, trainer] = [context, page]
      else [traineeContext, trainee] = [context, page]
    }
  }, slow)

  afterAll(async () => {
    await trainerContext?.close()
    await traineeContext?.close()
    await browser?.close()
    await running?.close()
    await fake?.close()
  })

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      failed = true
      const name = `failed-trainer-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}`
      console.log(`Screenshots of the failure: ${await saveScreenshot(trainer, name).catch(() => 'none')}, ${await saveScreenshot(trainee, `${name}-trainee`).catch(() => 'none')}`)
    }
    expect(pageProblems).toEqual([])
  })

  /** Later steps build on earlier ones: after a failure they would only fail again, less clearly. */
  function step(name: string, body: () => Promise<void>, timeout = slow) {
    it(
      name,
      async (context) => {
        if (failed) context.skip()
        await body()
      },
      timeout,
    )
  }

  step('a trainer invites a trainee by link, and the trainee joins from it in their own browser', async () => {
    const account = await running.testApp.createUserAndSignIn('trainer', 'Morgan Blake')
    await signIn(trainer, running.baseUrl, account)
    await openFromNavigation(trainer, 'Team', 'Team')
    await trainer.getByRole('heading', { name: /^Members \(1 active\)$/ }).waitFor()

    const link = await inviteTrainee(trainer, traineeAccount.email)
    expect(link.startsWith(`${running.baseUrl}/invite#token=`)).toBe(true)
    const fresh = trainer.getByRole('group', { name: `Invitation link for ${traineeAccount.email}` })
    expect(await fresh.textContent()).toContain(`Only ${traineeAccount.email} can use it.`)
    const pending = trainer.getByRole('row').filter({ has: trainer.getByRole('rowheader', { name: traineeAccount.email }) })
    await pending.getByText('Waiting', { exact: true }).waitFor()
    await saveScreenshot(trainer, 'trainer-01-team-invite')

    await acceptInvitation(trainee, link, traineeAccount)
    await saveScreenshot(trainee, 'trainer-02-invite-accept')
    await trainee.getByRole('button', { name: 'Create my account' }).click()
    await trainee.getByRole('heading', { level: 1, name: 'Choose a call to practise' }).waitFor()
    await trainee.getByRole('navigation', { name: 'Main' }).waitFor()
    expect(await trainee.locator('.app-user-name').textContent()).toBe(traineeAccount.name)
    // A trainee has no trainer screens.
    expect(await trainee.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).count()).toBe(0)
    await saveScreenshot(trainee, 'trainer-03-invite-accepted-trainee-home')

    // The link is now used, and the trainee is a member.
    await trainer.reload()
    await trainer.getByRole('heading', { name: /^Members \(2 active\)$/ }).waitFor()
    await trainer.getByRole('rowheader', { name: new RegExp(traineeAccount.name) }).waitFor()
    await trainer.getByLabel(/^Show used and revoked links/).check()
    await trainer.getByRole('row').filter({ has: trainer.getByRole('rowheader', { name: traineeAccount.email }) }).getByText('Used', { exact: true }).waitFor()
    await saveScreenshot(trainer, 'trainer-04-team-after-accept')
  })

  step('the trainer writes a persona from the form: a field error first, then the preview, the mood check and two saved versions', async () => {
    await openFromNavigation(trainer, 'Personas', 'Personas')
    await trainer.getByRole('row').filter({ hasText: 'Dale Harrow' }).waitFor()
    await trainer.getByRole('link', { name: 'New persona' }).click()
    await trainer.getByRole('heading', { level: 1, name: 'New persona' }).waitFor()
    await trainer.getByRole('link', { name: /^Start from hostile/ }).click()
    // The persona form (the duplicate dialog, closed, has fields of the same names).
    const form = trainer.getByRole('form', { name: /^Persona / })
    const name = form.getByLabel('Customer name')
    expect(await name.inputValue()).toBe('Jordan Reid')
    expect(await form.getByLabel('Persona id').inputValue()).toBe('jordan-reid')

    // An empty name: the save is refused and the problem shows at the field, and in the summary.
    await name.fill('')
    await trainer.getByRole('button', { name: 'Save draft' }).click()
    const summary = trainer.getByRole('alert').filter({ hasText: /^Fix (this problem|these \d+ problems) before saving/ })
    await summary.waitFor()
    expect(await summary.textContent()).toContain('Customer name:')
    expect(await name.getAttribute('aria-invalid')).toBe('true')
    const nameIssue = trainer.locator('#persona-field-name-issues')
    expect(await nameIssue.getAttribute('role')).toBe('alert')
    expect((await nameIssue.textContent())?.length).toBeGreaterThan(0)
    expect(new URL(trainer.url()).pathname).toBe('/personas/new')
    await saveScreenshot(trainer, 'trainer-05-persona-field-error', { fullPage: false })

    await name.fill(persona.name)
    expect(await form.getByLabel('Persona id').inputValue()).toBe('priya-natarajan')
    await form.getByLabel('Persona id').fill(persona.id)
    await form.getByLabel('Company', { exact: true }).fill(persona.company)
    await form.getByLabel('Opening line').fill(persona.openingLine)
    await nameIssue.waitFor({ state: 'detached' })
    await summary.waitFor({ state: 'detached' })

    // The newer sections come filled from the template, under the new customer's name: the resolutions, the agent's
    // system, what the customer knows, and hidden facts with what they answer. Each list takes a new entry.
    const outcomes = form.getByRole('region', { name: 'What resolves the call' })
    expect(await outcomes.getByRole('heading', { level: 4, name: /^Resolution \d/ }).count()).toBeGreaterThan(1)
    await outcomes.getByLabel('Resolution 1 phrasing 1', { exact: true }).fill('I can book an engineer for Thursday morning, 8 till 1, and I will ring you the day before.')
    await outcomes.getByRole('button', { name: '+ Add a refused outcome' }).click()
    const refusedCount = await outcomes.getByRole('heading', { level: 4, name: /^Refused outcome \d/ }).count()
    await outcomes.getByLabel('What the customer refuses').last().fill('A month of free broadband for shouting at us')
    expect(await outcomes.getByLabel('Outcome id').last().inputValue()).toBe(`refused-${refusedCount}`)
    await saveSectionScreenshot(outcomes, 'trainer-06a-persona-outcomes')

    const agentSystem = form.getByRole('region', { name: 'The agent’s system' })
    const accountRows = await agentSystem.getByLabel(/^Account row \d+: Label$/).count()
    // The template's screen carries the template's name; the trainer puts their customer's in.
    expect(await agentSystem.getByLabel('Account row 1: Value').inputValue()).toBe('Mr Jordan Reid')
    await agentSystem.getByLabel('Account row 1: Value').fill(`Ms ${persona.name}`)
    await agentSystem.getByRole('button', { name: '+ Add an account row' }).click()
    await agentSystem.getByLabel(`Account row ${accountRows + 1}: Label`).fill('Preferred contact')
    await agentSystem.getByLabel(`Account row ${accountRows + 1}: Value`).fill('Text message, after 6pm')
    await saveSectionScreenshot(agentSystem, 'trainer-06b-persona-agent-system')

    const knowledge = form.getByRole('region', { name: 'What the customer knows' })
    const details = await knowledge.getByLabel(/^Known detail \d+: Label$/).count()
    await knowledge.getByRole('button', { name: '+ Add a known detail' }).click()
    await knowledge.getByLabel(`Known detail ${details + 1}: Label`).fill('Router')
    // A detail without its value is reported at that input when the trainer leaves it.
    await knowledge.getByLabel(`Known detail ${details + 1}: Value`).focus()
    await knowledge.getByLabel(`Known detail ${details + 1}: Label`).focus()
    const detailValue = knowledge.getByLabel(`Known detail ${details + 1}: Value`)
    await trainer.waitForFunction((id) => document.getElementById(id)?.getAttribute('aria-invalid') === 'true', `persona-field-knownDetails_${details}_value`)
    await knowledge.getByRole('alert').filter({ hasText: 'Value: Required.' }).waitFor()
    await detailValue.fill('The white one the last engineer left')
    await knowledge.getByRole('alert').filter({ hasText: 'Value: Required.' }).waitFor({ state: 'detached' })
    await saveSectionScreenshot(knowledge, 'trainer-06c-persona-knowledge')

    const facts = form.getByRole('region', { name: 'Hidden facts' })
    expect(await facts.getByLabel('What it answers').first().inputValue()).not.toBe('')
    await saveSectionScreenshot(facts.getByRole('listitem').filter({ has: trainer.getByRole('heading', { name: /^Hidden fact 1/ }) }), 'trainer-06d-persona-hidden-fact')
    const voice = form.getByRole('region', { name: 'How they talk' })
    expect(await voice.getByLabel(/^Voice line \d$/).count()).toBeGreaterThan(1)

    // The preview shows the card and the first words as trainees will see them.
    const preview = trainer.getByRole('complementary', { name: 'Preview' })
    const card = preview.getByRole('article', { name: `Scenario card: ${persona.name}` })
    expect(await card.textContent()).toContain(persona.company)
    await preview.getByText(persona.openingLine).waitFor()
    await trainer.evaluate(() => window.scrollTo(0, 0))
    await saveScreenshot(trainer, 'trainer-06-persona-editor-preview', { fullPage: false })

    // The mood check runs on the form as it is, before any save.
    const testDrive = trainer.getByRole('region', { name: 'Test-drive' })
    await testDrive.getByRole('button', { name: 'Check mood dynamics' }).click()
    const verdict = testDrive.locator('.persona-dynamics-result .banner')
    await verdict.waitFor()
    expect(await verdict.locator('.banner-title').textContent()).toBe('The mood dynamics behave.')
    expect(await verdict.textContent()).toContain('✓ A bad agent never calms the customer')
    expect(await verdict.textContent()).toContain('✓ A good agent calms them within their patience')
    expect(await verdict.textContent()).toContain('✓ No agent who never offers anything resolves the call')
    // Five scripted agents on one chart, each named in the legend.
    const chart = testDrive.getByRole('img', { name: /Customer frustration per turn/ })
    await chart.waitFor()
    expect(await chart.locator('path.persona-curve').count()).toBe(5)
    const agents = await chart.locator('path.persona-curve').evaluateAll((paths) => paths.map((path) => path.getAttribute('data-agent')))
    expect(agents.sort()).toEqual(['bad', 'empathetic', 'filler', 'good', 'stalling'])
    expect(await testDrive.getByRole('list', { name: 'Legend' }).getByRole('listitem').allTextContents()).toEqual([
      'Good agent',
      'Bad agent',
      'Stalling agent',
      'Filler agent',
      'Empathetic, no offer',
      'Calm threshold (30)',
    ])
    expect(await testDrive.locator('#dynamics-summary').textContent()).toMatch(/Stalling agent .* never ended the call resolved/)
    await saveSectionScreenshot(testDrive, 'trainer-07-persona-mood-check')

    await form.getByLabel('Note (optional)').fill('First draft for the fibre team')
    await trainer.getByRole('button', { name: 'Save draft' }).click()
    await trainer.waitForURL(`${running.baseUrl}/personas/${persona.id}`)
    await trainer.getByRole('status').filter({ hasText: 'Saved as a draft (version 1)' }).waitFor()
    await trainer.getByRole('heading', { level: 1, name: persona.name }).waitFor()
    expect(await trainer.locator('.persona-editor-meta').textContent()).toContain('Draft')

    // A second version, then the readable diff between the two.
    await form.getByLabel('Card summary').fill(persona.summary)
    await form.getByLabel('What changed? (optional)').fill('Sharper card summary')
    await trainer.getByRole('button', { name: 'Save new version' }).click()
    await trainer.getByRole('status').filter({ hasText: 'Saved as version 2.' }).waitFor()
    const history = trainer.getByRole('region', { name: 'Version history' })
    await history.getByRole('heading', { name: 'Changes from version 1 to version 2' }).waitFor()
    expect(await history.getByRole('row').count()).toBe(3)
    expect(await history.getByRole('row').nth(1).textContent()).toContain('Sharper card summary')
    const change = history.locator('.persona-change').filter({ hasText: 'Card summary' })
    expect(await change.locator('[data-side="after"]').textContent()).toContain(persona.summary)
    await saveSectionScreenshot(history, 'trainer-08-persona-version-diff')
  })

  step('the trainer test-drives the draft as a scripted call, then publishes it for trainees', async () => {
    const testDrive = trainer.getByRole('region', { name: 'Test-drive' })
    await testDrive.getByRole('button', { name: 'Practise with the scripted customer' }).click()
    await trainer.waitForURL(/\/call\/[^/]+$/)
    await trainer.getByRole('heading', { level: 1, name: persona.name }).waitFor()
    await trainer.getByTestId('customer-text').first().filter({ hasText: persona.openingLine }).waitFor()
    expect(await trainer.getByTestId('call-mode').textContent()).toBe('Scripted customer')
    await waitForComposerReady(trainer)
    await saveScreenshot(trainer, 'trainer-09-test-drive-call', { fullPage: false })

    // Trainees do not see a draft.
    await trainee.reload()
    await trainee.getByRole('heading', { level: 1, name: 'Choose a call to practise' }).waitFor()
    await cardFor(trainee, 'Dale Harrow').waitFor()
    expect(await cardFor(trainee, persona.name).count()).toBe(0)

    await openFromNavigation(trainer, 'Personas', 'Personas')
    const row = trainer.getByRole('row').filter({ has: trainer.getByRole('link', { name: persona.name, exact: true }) })
    const status = row.getByRole('list', { name: 'Status' })
    await status.getByRole('listitem').filter({ hasText: /^Draft:/ }).waitFor()
    await row.getByRole('button', { name: `Publish ${persona.name}` }).click()
    await status.getByRole('listitem').filter({ hasText: /^Published:/ }).waitFor()
    expect(await status.getByRole('listitem').filter({ hasText: /^Draft:/ }).count()).toBe(0)
    expect(await row.getByRole('button', { name: `Unpublish ${persona.name}` }).count()).toBe(1)
    await saveScreenshot(trainer, 'trainer-10-persona-list')
  })

  step('the trainer imports a persona file of the older shape and sees what was inferred before confirming', async () => {
    await trainer.getByRole('button', { name: 'Import…' }).click()
    const dialog = trainer.getByRole('dialog', { name: 'Import personas' })
    const old = JSON.parse(readFileSync(new URL('../personas/fixtures/persona-shape-1.json', import.meta.url), 'utf8')) as Record<string, unknown>
    await dialog.getByLabel('Persona file').setInputFiles({ name: 'kim-ashworth.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(old, null, 2)) })
    const check = dialog.getByRole('status').filter({ hasText: 'kim-ashworth.json is valid.' })
    await check.waitFor()
    expect(await check.textContent()).toContain('in an older shape')
    const notes = dialog.locator('.persona-upgrade-notes')
    expect(await notes.textContent()).toContain('The acceptable resolutions became Resolutions')
    expect(await notes.textContent()).toContain('New fields left empty')
    await saveSectionScreenshot(dialog, 'trainer-10b-persona-import-older-shape')
    await dialog.getByRole('button', { name: 'Import 1 persona' }).click()
    await dialog.getByRole('status').filter({ hasText: 'Imported kim-ashworth.json.' }).waitFor()
    expect(await dialog.locator('.persona-upgrade-notes').textContent()).toContain('Upgraded from an older file')
    await dialog.getByRole('button', { name: 'Close' }).click()
    await trainer.getByRole('link', { name: 'Kim Ashworth', exact: true }).click()
    await trainer.getByRole('heading', { level: 1, name: 'Kim Ashworth' }).waitFor()
    const outcomes = trainer.getByRole('region', { name: 'What resolves the call' })
    expect(await outcomes.getByLabel('What the customer would accept').first().inputValue()).toMatch(/^A confirmed engineer appointment/)
    await openFromNavigation(trainer, 'Personas', 'Personas')
  })

  step('the trainee finds the published persona among the scenario cards', async () => {
    await trainee.reload()
    await trainee.getByRole('heading', { level: 1, name: 'Choose a call to practise' }).waitFor()
    const card = cardFor(trainee, persona.name)
    await card.waitFor()
    expect(await card.textContent()).toContain(persona.company)
    expect(await card.textContent()).toContain(persona.summary)
    expect(await card.getByRole('button', { name: /^Call / }).isEnabled()).toBe(true)
  })

  step('the trainer assigns it to the trainee as a standardised assessment with a pass mark', async () => {
    await openFromNavigation(trainer, 'Assignments', 'Assignments')
    const form = trainer.getByRole('form', { name: 'New assignment' })
    await form.getByLabel('Scenario').selectOption({ label: `${persona.name} · ${persona.company}` })
    await form.getByRole('radio', { name: /^Chosen trainees/ }).check()
    await form.getByRole('checkbox', { name: new RegExp(traineeAccount.name) }).check()
    await form.getByRole('radio', { name: /^Chosen trainees \(1 chosen\)/ }).waitFor()

    // A pass mark out of range is refused at the field.
    await form.getByLabel('Pass mark (optional)').fill('120')
    await form.getByRole('button', { name: 'Assign' }).click()
    await form.getByRole('alert').filter({ hasText: 'whole number from 0 to 100' }).waitFor()
    await form.getByLabel('Pass mark (optional)').fill('60')
    await form.getByRole('checkbox', { name: /^Standardised assessment/ }).check()
    await form.getByLabel('Note to trainees (optional)').fill('Practise this before your first week on the fibre queue.')
    await form.getByRole('button', { name: 'Assign' }).click()

    await trainer.getByRole('status').filter({ hasText: `Assigned “${persona.name}” to 1 trainee.` }).waitFor()
    const assignmentRow = trainer.getByRole('table', { name: 'Current assignments' }).getByRole('row').filter({ hasText: persona.name })
    await assignmentRow.waitFor()
    expect(await assignmentRow.textContent()).toContain('Standardised assessment')
    expect(await assignmentRow.getByRole('cell').nth(2).textContent()).toBe('60')
    const detail = trainer.getByRole('region', { name: persona.name })
    await detail.getByText(traineeAccount.name).waitFor()
    await saveScreenshot(trainer, 'trainer-11-assignments')
  })

  step('the trainee sees the assignment first, practises it, hangs up and gets the scorecard', async () => {
    await trainee.reload()
    const assignments = trainee.getByRole('region', { name: 'Your assignments' })
    const assignment = cardFor(trainee, persona.name, assignments)
    await assignment.waitFor()
    expect(await comesBefore(assignments, trainee.locator('.scenario-grid'))).toBe(true)
    expect(await assignment.textContent()).toContain('Not started')
    expect(await assignment.textContent()).toContain('Standardised assessment')
    expect(await assignment.locator('.my-assignment-record').textContent()).toContain('Pass mark 60')
    expect(await assignment.textContent()).toContain('Practise this before your first week on the fibre queue.')
    await saveScreenshot(trainee, 'trainer-12-trainee-home-assignment')

    await assignment.getByRole('button', { name: `Start: ${persona.name}` }).click()
    await trainee.waitForURL(/\/call\/[^/]+$/)
    sessionId = new URL(trainee.url()).pathname.split('/').at(-1) as string
    await trainee.getByRole('heading', { level: 1, name: persona.name }).waitFor()
    await trainee.getByTestId('customer-text').first().filter({ hasText: persona.openingLine }).waitFor()
    expect(await trainee.getByTestId('call-mode').textContent()).toBe('Scripted customer')
    await waitForComposerReady(trainee)

    await sendAndWaitForCustomer(trainee, 'Priya, I am so sorry your fibre keeps dropping during your calls. That sounds exhausting.')
    await sendAndWaitForCustomer(trainee, 'Could you tell me the date and time it last dropped, so I can check the line logs?')
    expect(await trainee.getByTestId('customer-text').count()).toBe(3)

    await trainee.getByRole('button', { name: 'Hang up' }).click()
    const dialog = trainee.getByRole('dialog', { name: 'Hang up?' })
    await dialog.waitFor()
    await dialog.getByLabel(/^Escalated/).check()
    await dialog.getByRole('button', { name: 'Hang up' }).click()
    await trainee.getByTestId('call-ended').filter({ hasText: 'You ended the call' }).waitFor()
    await trainee.getByRole('heading', { name: 'Scorecard' }).waitFor()
    expect(await trainee.getByTestId('weighted-total').textContent()).toMatch(/\d+\/100/)
    expect(await trainee.getByTestId('graded-by').textContent()).toBe('Graded by the AI grader')

    await trainee.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practise' }).click()
    const attempted = cardFor(trainee, persona.name, trainee.getByRole('region', { name: 'Your assignments' }))
    await attempted.waitFor()
    expect(await attempted.locator('.my-assignment-record').textContent()).toMatch(/1 attempt$/)
    expect(await attempted.locator('.assignment-status').textContent()).toMatch(/^(Attempted|Passed)$/)
  })

  step('the trainer finds the call on the dashboard, overrides one grade and confirms another', async () => {
    await openFromNavigation(trainer, 'Results', 'Results')
    const trainees = trainer.getByRole('table', { name: /^Trainees:/ })
    const traineeRow = trainees.getByRole('row').filter({ has: trainer.getByRole('button', { name: traineeAccount.name }) })
    await traineeRow.waitFor()
    expect(await traineeRow.getByRole('cell').first().textContent()).toBe('1')
    const review = trainer.getByRole('link', { name: new RegExp(`^Review ${traineeAccount.name}'s call with ${persona.name}`) })
    await review.waitFor()
    await saveScreenshot(trainer, 'trainer-13-results-dashboard')

    await review.click()
    await trainer.waitForURL(`${running.baseUrl}/results/calls/${sessionId}`)
    await trainer.getByRole('heading', { level: 1, name: `${traineeAccount.name}’s call with ${persona.name}` }).waitFor()
    await trainer.getByRole('heading', { name: 'Scorecard' }).waitFor()
    const firstReply = trainer.locator('.review-turn').first()
    await firstReply.locator('mark').first().waitFor()

    await firstReply.getByRole('button', { name: 'Override the score for Acknowledge' }).click()
    const form = firstReply.getByRole('form', { name: 'Your score for Acknowledge' })
    await form.getByRole('radio', { name: /^1\/2/ }).check()
    await form.getByLabel(/^Comment for the trainee/).fill(overrideComment)
    await form.getByRole('button', { name: 'Save review' }).click()
    await form.waitFor({ state: 'detached' })
    await firstReply.getByRole('button', { name: 'Confirm 1/2 for Clarify' }).click()

    const tally = trainer.locator('.review-call-tally')
    await tally.filter({ hasText: /^2 of \d+ grades reviewed · 1 overridden\./ }).waitFor()
    const acknowledge = firstReply.locator('.criterion-review').filter({ hasText: 'Acknowledge' })
    expect(await acknowledge.getAttribute('data-reviewed')).toBe('overridden')
    expect(await acknowledge.locator('.trainer-verdict').textContent()).toContain(overrideComment)
    expect(await firstReply.locator('.criterion-review').filter({ hasText: 'Clarify' }).getAttribute('data-reviewed')).toBe('confirmed')

    // Stored: the reviews are there after a reload.
    await trainer.reload()
    await tally.filter({ hasText: /^2 of \d+ grades reviewed · 1 overridden\./ }).waitFor()
    await trainer.locator('.review-turn').first().locator('.trainer-verdict').filter({ hasText: overrideComment }).waitFor()
    await trainer.locator('.review-turn').first().locator('.trainer-verdict').filter({ hasText: '✓ Confirmed' }).waitFor()
    await trainer.locator('.review-turn').first().scrollIntoViewIfNeeded()
    await saveScreenshot(trainer, 'trainer-14-call-review-override', { fullPage: false })
    await saveScreenshot(trainer, 'trainer-14-call-review-override-full')

    const response = await running.testApp.request(`/api/sessions/${sessionId}`, { cookie: await cookieOf(trainerContext) })
    const reviews = (await response.json()).reviews as Array<{ criterionId: string; overridden: boolean; trainerScore: number; comment: string }>
    expect(reviews.map((entry) => [entry.criterionId, entry.overridden, entry.trainerScore]).sort()).toEqual([
      ['acknowledge', true, 1],
      ['clarify', false, 1],
    ])

    // Back on the dashboard, the reviews count towards the trainer-agreement figure.
    await trainer.getByRole('link', { name: '← Results' }).click()
    await trainer.getByRole('heading', { level: 1, name: 'Results' }).waitFor()
    const agreement = trainer.getByRole('table', { name: 'Trainer agreement with the grader, per criterion' })
    await agreement.waitFor()
    const row = (title: string) => agreement.getByRole('row').filter({ has: trainer.getByRole('rowheader', { name: title, exact: true }) })
    expect((await row('Acknowledge').getByRole('cell').allTextContents()).slice(0, 4)).toEqual(['1', '0', '1', '0%'])
    expect((await row('Clarify').getByRole('cell').allTextContents()).slice(0, 4)).toEqual(['1', '1', '0', '100%'])
    expect(await trainer.locator('.results-card').filter({ hasText: 'Trainer agreement' }).textContent()).toContain('50%')
    expect(await trainer.getByRole('row').filter({ has: trainer.getByRole('link', { name: /^Review / }) }).getByRole('cell').nth(5).textContent()).toBe('2')
    await saveSectionScreenshot(trainer.getByRole('region', { name: 'Trainer agreement with the grader' }), 'trainer-15-results-agreement')
  })

  step('the trainee sees the trainer’s override beside the grade in their history', async () => {
    await openFromNavigation(trainee, 'History', 'Your calls')
    const row = trainee.locator('.call-row').filter({ hasText: persona.name })
    await row.getByRole('link').click()
    await trainee.getByRole('heading', { level: 1, name: `Call with ${persona.name}` }).waitFor()
    await trainee.getByRole('heading', { name: 'Transcript and grades' }).waitFor()
    const reviews = trainee.getByTestId('trainer-review')
    await reviews.filter({ hasText: overrideComment }).waitFor()
    const override = reviews.filter({ hasText: overrideComment })
    expect(await override.textContent()).toContain('Trainer:')
    expect(await override.textContent()).toContain('1/2')
    expect(await override.textContent()).toContain('Morgan Blake')
    await reviews.filter({ hasText: 'Trainer agreed' }).waitFor()
    await trainee.getByTestId('criterion-reviews').first().waitFor()
    await override.scrollIntoViewIfNeeded()
    await saveScreenshot(trainee, 'trainer-16-trainee-history-override', { fullPage: false })
  })

  step('the trainer changes a criterion’s weight and sees the new rubric version in the history', async () => {
    await openFromNavigation(trainer, 'Rubric', 'Rubric')
    await trainer.locator('.rubric-current-line').filter({ hasText: 'version 1' }).waitFor()
    await trainer.getByRole('button', { name: 'Edit “Clarify”' }).click()
    const clarify = trainer.getByRole('region', { name: /Clarify clarify$/ })
    const weight = clarify.getByLabel('Weight', { exact: true })
    expect(await weight.inputValue()).toBe('3')
    const shareBefore = await clarify.locator('.rubric-share').textContent()
    await weight.fill('5')
    await clarify.locator('.rubric-share').filter({ hasNotText: shareBefore ?? '' }).waitFor()
    await trainer.getByLabel('What changed (optional)').fill('Clarify counts more for the fibre team')
    await trainer.getByRole('status').filter({ hasText: 'Unsaved changes' }).waitFor()
    // As the trainer sees it: the save bar sticks to the bottom of the window, which a full-page capture misplaces.
    await clarify.scrollIntoViewIfNeeded()
    await saveScreenshot(trainer, 'trainer-17-rubric-editing', { fullPage: false })

    await trainer.getByRole('button', { name: 'Save as version 2' }).click()
    await trainer.getByRole('status').filter({ hasText: 'Saved as version 2.' }).waitFor()
    await trainer.locator('.rubric-current-line').filter({ hasText: 'version 2' }).waitFor()
    const history = trainer.getByRole('region', { name: 'Version history' })
    const newest = history.getByRole('listitem').filter({ hasText: 'Version 2' }).first()
    expect(await newest.textContent()).toContain('Clarify counts more for the fibre team')
    expect(await newest.textContent()).toContain('Current')
    await newest.getByRole('button', { name: 'What changed' }).click()
    const diff = newest.locator('.rubric-version-diff')
    await diff.getByText('From version 1 to version 2:').waitFor()
    expect(await diff.locator('.rubric-diff-where').textContent()).toContain('Clarify')
    expect(await diff.locator('del').textContent()).toBe('Before: 3')
    expect(await diff.locator('ins').textContent()).toBe('After: 5')
    await saveSectionScreenshot(history, 'trainer-18-rubric-version-history')
  })
})

/** The session cookie of a browser context, as a `Cookie` header for API checks. */
async function cookieOf(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ')
}
