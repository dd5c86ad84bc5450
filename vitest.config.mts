import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { pathAliases } from './scripts/path-aliases';

export default defineConfig({
  resolve: { alias: pathAliases(dirname(fileURLToPath(import.meta.url))) },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    // Tests drive the built CLI and renderer: build them from the current sources first.
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: end-to-end and LibreOffice suites are heavy; let files run two at a time.
    maxWorkers: 2,
  },
});
