import { defineConfig } from 'vitest/config';

// npm run test:reliability: the fault, crash, fuzz and secrets suite (test/reliability/), run by .ci/run
// after npm test. Its files end in .reliability.ts so npm test's include (test/**/*.test.ts) skips them.
export default defineConfig({
  resolve: { conditions: ['memos-source'] },
  ssr: { resolve: { conditions: ['memos-source'] } },
  test: {
    include: ['test/reliability/**/*.reliability.ts'],
    testTimeout: 240_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One file at a time: the suite measures throughput and pacing on a 2-core machine.
    fileParallelism: false,
  },
});
