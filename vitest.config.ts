import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // PGlite instances are heavy; two workers fit the 2-core machine.
    maxWorkers: 2,
  },
})
