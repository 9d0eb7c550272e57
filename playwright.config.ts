import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM, CHROMIUM_FLAGS } from './bench/chromium.mjs';
import { LOCAL_SITE, PORT, SUBPATH, SUBPATH_ORIGIN } from './tests/support/local-site.mjs';

/*
 * Browser tests run against the built site (npm run build first) in Debian's Chromium: no browser is
 * ever downloaded. The site is served by Debian's nginx with the configuration the build ships
 * (tests/support/nginx.mjs), so every test sees the headers readers get. Playwright owns the servers
 * and stops them. STORY_OUT and STORY_PORT let several builds be tested side by side.
 */
const dist = process.env.STORY_OUT ?? 'dist';

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // CI shares a 2-core machine: a test that times out there gets one more try, and the list reporter
  // names it "flaky", so a flake is seen, not hidden. Locally a failure fails at once.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: LOCAL_SITE,
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: `node tests/support/nginx.mjs ${dist} ${PORT} /`,
      url: `${LOCAL_SITE}/`,
      reuseExistingServer: false,
    },
    {
      // The same story built for a newsroom sub-path (npm run build:subpath).
      command: `node tests/support/nginx.mjs dist-subpath ${PORT + 1} ${SUBPATH}`,
      url: `${SUBPATH_ORIGIN}${SUBPATH}`,
      reuseExistingServer: false,
    },
  ],
});
