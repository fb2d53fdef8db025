import { defineConfig } from 'vitest/config'

// Smoke tests against real Kafka, Elasticsearch and HDFS on loopback (scripts/services.sh, docs/real-services.md).
// `npm run test:services` starts the servers, runs this and stops what it started.
export default defineConfig({
  test: {
    include: ['__tests__/services/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
