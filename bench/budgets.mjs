// The budgets the story is held to (issue 8). Sizes are gzipped bytes.
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
  longestTaskMs: 50,
};
