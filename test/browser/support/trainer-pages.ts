import { mkdirSync } from 'node:fs'
import type { Locator, Page } from 'playwright-core'
import { screenshotDirectory } from './browser-harness'
import { waitForComposerReady, waitForGrade } from './call-page'

/** Driving the trainer's screens (and the trainee's side of them) the way people do: the main navigation, labels and buttons. */

/**
 * Collects uncaught page errors and Content-Security-Policy violations of one page into `problems`;
 * the test fails on any of them.
 */
export function watchPageProblems(page: Page, problems: string[], who: string) {
  page.on('pageerror', (error) => problems.push(`${who}: page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(`${who}: ${message.text()}`)
  })
}

/** Opens a screen from the main navigation and waits for its heading. */
export async function openFromNavigation(page: Page, linkName: string, heading: string | RegExp) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: linkName, exact: true }).click()
  await page.getByRole('heading', { level: 1, name: heading }).waitFor()
}

/** Saves a screenshot of one part of a screen (a section of a long form), beside the full-page ones. */
export async function saveSectionScreenshot(section: Locator, name: string): Promise<string> {
  mkdirSync(screenshotDirectory, { recursive: true })
  const path = `${screenshotDirectory}${name}.png`
  await section.scrollIntoViewIfNeeded()
  await section.screenshot({ path, animations: 'disabled' })
  return path
}

/** On the Team screen: creates an invitation link for a trainee bound to `email`, and reads it from the page. */
export async function inviteTrainee(page: Page, email: string): Promise<string> {
  const form = page.locator('form.team-invite-form')
  await form.getByLabel('Role').selectOption('trainee')
  await form.getByLabel(/^Email/).fill(email)
  await form.getByRole('button', { name: 'Create invite link' }).click()
  const fresh = page.getByRole('group', { name: `Invitation link for ${email}` })
  await fresh.waitFor()
  const link = await fresh.getByLabel('Invitation link').inputValue()
  if (!/\/invite#token=/.test(link)) throw new Error(`Not an invitation link: ${link}`)
  return link
}

/** As the invitee, in their own browser: opens the link, sets name and password, and lands signed in. */
export async function acceptInvitation(page: Page, link: string, account: { name: string; email: string; password: string }) {
  await page.goto(link)
  await page.getByRole('heading', { level: 1, name: 'You’re invited to join as a trainee' }).waitFor()
  const email = page.getByLabel('Email')
  if ((await email.inputValue()) !== account.email) throw new Error(`The invitation shows ${await email.inputValue()}, not ${account.email}`)
  if ((await email.getAttribute('readonly')) === null) throw new Error('An invitation bound to an email should not let the invitee change it')
  await page.getByLabel('Your name').fill(account.name)
  await page.getByLabel('Password', { exact: true }).fill(account.password)
  await page.getByLabel('Repeat the password').fill(account.password)
}

/** The customer's messages on the call screen, and a wait for the next complete one with the box open again. */
export async function sendAndWaitForCustomer(page: Page, text: string) {
  const replies = await page.getByTestId('customer-text').count()
  const box = page.getByLabel('Your reply to the customer')
  await box.click()
  await box.fill(text)
  await box.press('Enter')
  await page.waitForFunction((count) => {
    const bubbles = [...document.querySelectorAll('[data-testid="customer-text"]')]
    return bubbles.length > count && bubbles.at(-1)?.getAttribute('aria-busy') !== 'true'
  }, replies)
  await waitForGrade(page)
  await waitForComposerReady(page)
}

/** A scenario card (or assignment card) on the trainee's home screen, by the customer's name. */
export function cardFor(page: Page, customerName: string, within: Locator | Page = page): Locator {
  return within.getByRole('article').filter({ has: page.getByRole('heading', { name: customerName, exact: true }) })
}

/** True when `first` comes before `second` in the document. */
export async function comesBefore(first: Locator, second: Locator): Promise<boolean> {
  const secondHandle = await second.elementHandle()
  return first.evaluate((element, other) => !!other && (element.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0, secondHandle)
}
