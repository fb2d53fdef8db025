import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 30_000,
    // Real-services tests run with `npm run test:services`, which starts the servers first.
    exclude: ['__tests__/services/**', 'node_modules/**'],
  },
})
