// Where this machine serves the story to itself: `npm run dev` and `preview`, every server the tests
// start, and the benchmark's. STORY_PORT moves them all (the sub-path build is served on the next
// port). A build's site defaults to the same address, so the absolute URLs it writes (embed
// snippets, canonical links) point at the server under test; a build to publish sets STORY_SITE.
export const PORT = Number(process.env.STORY_PORT ?? 4321);
export const LOCAL_SITE = `http://127.0.0.1:${PORT}`;
export const SITE = process.env.STORY_SITE ?? LOCAL_SITE;
export const SUBPATH = '/graphics/double-11/';
export const SUBPATH_ORIGIN = `http://127.0.0.1:${PORT + 1}`;
/** A doctored copy of the build that a browser test serves itself (tests/browser/hosting.spec.ts). */
export const FIXTURE_PORT = PORT + 2;
/** The dev server a browser test runs over a scratch copy of the story (tests/browser/dev-server.spec.ts). */
export const DEV_PORT = PORT + 3;
