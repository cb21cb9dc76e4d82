import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/ensure-chromium.ts', 'test/support/build-server-bundle.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite instances are heavy; two workers fit the 2-core machine.
    maxWorkers: 2,
  },
})
