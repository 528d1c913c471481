import { defineConfig } from 'vitest/config';

// Checks of the built site in dist/; `npm test` runs them after the build.
export default defineConfig({
  test: { include: ['tests/dist/**/*.test.ts'] },
});
