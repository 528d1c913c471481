import { defineConfig } from 'vitest/config';

// Checks of the built site (dist/, or DIST_DIR); `npm test` runs them after the build.
export default defineConfig({
  test: { include: ['tests/site/**/*.test.ts'] },
});
