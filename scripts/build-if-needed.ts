/**
 * `npm start` runs this first: it builds the browser app (Vite) and the server bundle (esbuild) when either
 * is missing or older than its sources, so a fresh checkout or a `git pull` starts what its sources say.
 */
import { buildServer, serverBuildNeeded } from './build-server'
import { buildWeb, webBuildNeeded } from './build-web-if-needed'

try {
  const web = webBuildNeeded()
  if (web) {
    console.log(`Building the web app (${web})…`)
    buildWeb()
  }
  const server = serverBuildNeeded()
  if (server) {
    console.log(`Building the server (${server})…`)
    await buildServer()
  }
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error))
  process.exit(1)
}
