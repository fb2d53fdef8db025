import { defineConfig } from 'vitest/config'

// Tests against real Kafka, Elasticsearch and HDFS on loopback (scripts/services.sh, docs/real-services.md).
// `npm run test:services` starts the servers, runs this and stops what it started.
// Two groups that never overlap (vitest runs one group of `sequence.groupOrder` at a time; in vitest 5.1 the
// fault group was seen to run first): every test that only uses the servers, in parallel; and the tests that
// crash or stop a server (server-faults.test.ts), alone, so that no other test sees the outage.
const SERVER_FAULTS = '__tests__/services/pipeline/server-faults.test.ts'
const shared = { testTimeout: 60_000, hookTimeout: 60_000 }

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'services',
          include: ['__tests__/services/**/*.test.ts'],
          exclude: [SERVER_FAULTS],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...shared,
          name: 'server-faults',
          include: [SERVER_FAULTS],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
