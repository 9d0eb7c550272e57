import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every built HTML page under `dist`, as URL paths, split into story pages and embed pages. */
export function builtPages(dist) {
  const pages = [];
  const walk = (dir, path) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full, `${path}${name}/`);
      else if (name === 'index.html') pages.push(path);
    }
  };
  walk(dist, '/');
  return {
    stories: pages.filter((p) => !p.includes('/embed/') && p.split('/').length <= 3).sort(),
    embeds: pages.filter((p) => p.includes('/embed/')).sort(),
  };
}
