import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM, CHROMIUM_FLAGS } from './bench/chromium.mjs';

/*
 * Browser tests run against the built site (npm run build first) in Debian's Chromium: no browser is
 * ever downloaded. Playwright owns the static servers and stops them. STORY_OUT and STORY_PORT let
 * several builds be tested side by side.
 */
const port = Number(process.env.STORY_PORT ?? 4321);
const dist = process.env.STORY_OUT ?? 'dist';
export const SUBPATH = '/graphics/double-11/';
export const SUBPATH_ORIGIN = `http://127.0.0.1:${port + 1}`;

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: `node tests/support/static-server.mjs ${dist} ${port} /`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
    },
    {
      // The same story built for a newsroom sub-path (npm run build:subpath).
      command: `node tests/support/static-server.mjs dist-subpath ${port + 1} ${SUBPATH}`,
      url: `http://127.0.0.1:${port + 1}${SUBPATH}`,
      reuseExistingServer: false,
    },
  ],
});
