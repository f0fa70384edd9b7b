import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Import the package by its public name from source, as an outside author would.
    conditions: ['memos-source'],
  },
  // Tests run in Vite's SSR environment, which takes its own resolve conditions.
  ssr: { resolve: { conditions: ['memos-source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
