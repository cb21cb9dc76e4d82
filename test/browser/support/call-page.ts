import type { Page } from 'playwright-core'

/** Driving the call screen the way a trainee does: the keyboard for messages, visible state to wait on. */

export async function startCallFromCard(page: Page, customerName: string) {
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: customerName }) })
  await card.getByRole('button', { name: /^Call / }).click()
  await page.waitForURL(/\/call\/[^/]+$/)
  await page.getByRole('heading', { level: 1, name: customerName }).waitFor()
  await waitForComposerReady(page)
  return new URL(page.url()).pathname.split('/').at(-1) as string
}

export function composer(page: Page) {
  return page.getByLabel('Your reply to the customer')
}

/** Waits until the message box is enabled again and has the focus (it is disabled while the customer answers). */
export async function waitForComposerReady(page: Page) {
  try {
    await page.waitForFunction(() => {
      const box = document.getElementById('composer-text') as HTMLTextAreaElement | null
      return box !== null && !box.disabled && document.activeElement === box
    })
  } catch (error) {
    const focus = await page.evaluate(() => {
      const box = document.getElementById('composer-text') as HTMLTextAreaElement | null
      const active = document.activeElement
      return `box ${box ? (box.disabled ? 'disabled' : 'enabled') : 'missing'}; focus on ${active?.tagName ?? 'nothing'} ${active?.textContent?.slice(0, 60) ?? ''}`
    })
    throw new Error(`The message box did not come back ready (${focus})`, { cause: error })
  }
}

/** Types a message and sends it with Enter. */
export async function typeAndSend(page: Page, text: string) {
  const box = composer(page)
  await box.click()
  await box.fill(text)
  await box.press('Enter')
}

export async function moodLabel(page: Page): Promise<string> {
  return (await page.getByTestId('mood-label').textContent())?.trim() ?? ''
}

export async function waitForMoodChange(page: Page, from: string) {
  await page.waitForFunction((initial) => {
    const label = document.querySelector('[data-testid="mood-label"]')?.textContent?.trim() ?? ''
    return label !== '' && !label.startsWith(initial)
  }, from.split(' ▼')[0]?.split(' ▲')[0] ?? from)
}

/** The last customer message, once it is complete and not streaming. */
export async function waitForCustomerReply(page: Page, text: string) {
  await page.waitForFunction((expected) => {
    const bubbles = [...document.querySelectorAll('[data-testid="customer-text"]')]
    const last = bubbles.at(-1)
    return last !== undefined && last.getAttribute('aria-busy') !== 'true' && (last.textContent ?? '').includes(expected)
  }, text)
}

/** Feedback from the grader is on screen for the latest trainee message. */
export async function waitForGrade(page: Page) {
  const message = page.locator('.message-trainee').last()
  await message.getByText('A stronger reply').waitFor()
  return message
}
