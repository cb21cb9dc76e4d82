import { Hono } from 'hono'
import { html } from 'hono/html'

/**
 * The page behind the one-time setup link: a plain form that creates the first trainer. It is
 * static (the token stays in the URL fragment, never sent to the server in a GET or a log).
 */
export function setupPage() {
  return new Hono().get('/', (context) =>
    context.html(html`<!doctype html>
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>Set up toughcall</title>
          <script type="module" src="/setup/setup.js"></script>
          <link rel="stylesheet" href="/setup/setup.css" />
        </head>
        <body>
          <h1>Create the first trainer</h1>
          <p>This one-time link sets up the trainer account that invites everyone else.</p>
          <form id="setup">
            <label for="name">Your name</label><input id="name" name="name" required maxlength="100" autocomplete="name" />
            <label for="email">Email</label><input id="email" name="email" type="email" required autocomplete="email" />
            <label for="password">Password (at least 8 characters)</label
            ><input id="password" name="password" type="password" required minlength="8" autocomplete="new-password" />
            <button type="submit">Create trainer account</button>
          </form>
          <p id="status" role="status"></p>
        </body>
      </html>`),
  ).get('/setup.css', (context) => {
    context.header('content-type', 'text/css; charset=utf-8')
    return context.body(setupStyles)
  }).get('/setup.js', (context) => {
    context.header('content-type', 'text/javascript; charset=utf-8')
    return context.body(setupScript)
  })
}

const setupScript = `
const form = document.getElementById('setup')
const status = document.getElementById('status')
const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? ''
form.addEventListener('submit', async (event) => {
  event.preventDefault()
  const data = Object.fromEntries(new FormData(form))
  const response = await fetch('/api/auth/setup', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...data, token }) })
  const body = await response.json()
  status.textContent = response.ok ? 'Done: you are signed in as ' + body.user.name + '.' : body.error.message
  if (response.ok) { form.remove(); setTimeout(() => location.assign('/'), 800) }
})
`

const setupStyles = `
body { font: 16px/1.5 system-ui, sans-serif; max-width: 28rem; margin: 4rem auto; padding: 0 1rem; color: #1f2933; }
label { display: block; margin-top: 1rem; font-weight: 600; }
input { width: 100%; padding: 0.5rem; font: inherit; box-sizing: border-box; }
button { margin-top: 1.5rem; padding: 0.6rem 1.2rem; font: inherit; background: #1d4ed8; color: white; border: 0; border-radius: 4px; }
#status { margin-top: 1rem; }
`
