import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every built HTML page under `dist`, as URL paths: story pages, embed pages (a chart other sites frame) and each embed's code page. */
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
    embeds: pages.filter((p) => p.includes('/embed/') && !p.endsWith('/code/')).sort(),
    codes: pages.filter((p) => p.includes('/embed/') && p.endsWith('/code/')).sort(),
  };
}
