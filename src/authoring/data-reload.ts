import type { AstroIntegration } from 'astro';
import { DATA_DIR } from '../datasets/table';

/**
 * The dev server reads data/*.csv with fs, outside Vite's module graph, so an edit to a data file
 * would change nothing until a manual reload, and a fixed data error's overlay would stay. On
 * each save of a data file every module is invalidated (chapters check their facts and steps
 * against the data) and the page reloads once.
 */
export function dataReload(): AstroIntegration {
  return {
    name: 'story-data-reload',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.watcher.add(DATA_DIR);
        server.watcher.on('all', (event, file) => {
          if (!file.startsWith(DATA_DIR) || !file.endsWith('.csv')) return;
          for (const environment of Object.values(server.environments)) environment.moduleGraph.invalidateAll();
          server.ws.send({ type: 'full-reload', path: '*' });
        });
      },
    },
  };
}
