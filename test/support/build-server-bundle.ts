import { buildServer } from '../../scripts/build-server'

/** Vitest global setup: the process tests run the server as production does, from the esbuild bundle, built once here from the current sources. */
export default async function setup() {
  await buildServer()
}
