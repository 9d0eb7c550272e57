/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';

// Vitest leaves one core idle by default; its main process barely works, and the slowest files
// wait on `astro build`s (each in a folder of its own: tests/unit/build-site.ts), so every core runs a file.
export default getViteConfig({ test: { include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000, maxWorkers: availableParallelism() } });
