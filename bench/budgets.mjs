// The budgets the story is held to (issues 8 and 24). Sizes are gzipped bytes.
export const BUDGETS = {
  storyJs: 40 * 1024,
  embedJs: 15 * 1024,
  /** public/embed.js, the host script every page that embeds a chart loads. */
  hostScriptJs: 2 * 1024,
  firstView: 250 * 1024,
  performance: 0.98,
  accessibility: 1,
  bestPractices: 1,
  seo: 1,
  cls: 0.01,
  /** No task over this during a full read at 4× CPU, judged only when the reference page kept it in the same runs. */
  longestTaskMs: 50,
};

/*
 * Issue 24's budgets. Sizes are checked on every run; ratios are of medians measured in one run,
 * interleaved, so a loaded machine slows both sides of each ratio alike. Those marked `pending`
 * are what the story does not keep yet: the benchmark prints them kept or not, and fails on them
 * only once they are no longer pending.
 */
export const SCALE = {
  /** The generated story is this many times the real one (bench/fixture.mjs). */
  times: 10,
  storyFirstView: { max: 45 * 1024 },
  /** What each map figure after a page's first adds to its gzipped HTML (bench/measure-page.mjs mapFigureCosts). */
  furtherMapFigure: { max: 3 * 1024 },
  /** The story's JavaScript at its first view: a scene further down is loaded as its block comes near. */
  storyJs: { max: 8 * 1024 },
  /** The story at `times` its length against itself: first view and Lighthouse LCP. */
  scaledFirstView: { max: 1.5, pending: true },
  scaledLcp: { max: 1.3, pending: true },
  scaledPerformance: { min: 1, pending: true },
  /** Main-thread time per scroll step against scrollama's sticky-side example, and at `times` against 1×. */
  stepVsReference: { max: 1.3, pending: true },
  scaledStep: { max: 1.1, pending: true },
};
