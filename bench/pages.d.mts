/** Every built HTML page under `dist`, as URL paths, split into story pages and embed pages. */
export function builtPages(dist: string): { stories: string[]; embeds: string[] };
