// `npm run test:e2e`: the browser tests, apart from `npm test` (files named *.e2e.ts, which the unit
// config's test/**/*.test.ts never matches). They build the package and the example apps, start real
// servers and drive Debian's Chromium, so they run one file at a time with long timeouts.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  // The test's own imports (MemOSClient, LocalMemOS, the fake server's helpers) come from source; the
  // apps under test use the built package (dist), as users get it.
  resolve: { conditions: ['memos-source'] },
  ssr: { resolve: { conditions: ['memos-source'] } },
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
