/** Every built HTML page under `dist`, as URL paths: story pages, embed pages (a chart other sites frame) and each embed's code page. */
export function builtPages(dist: string): { stories: string[]; embeds: string[]; codes: string[] };
