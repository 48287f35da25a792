import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'lib/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    // Two cores here and in CI: keep one for the system.
    maxWorkers: 1,
  },
});
