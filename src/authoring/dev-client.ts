import type { AstroIntegration } from 'astro';
import { CONTENT_DIR } from './content-dir';

type Payload = { type?: string; path?: string };
type Socket = { send(data: string): void; readyState: number; on(event: 'close', listener: () => void): void };

/** How long a chapter save may wait for the content store before the page reloads anyway. */
const STORE_WAIT_MS = 5_000;

/**
 * What the dev server tells the page, made certain: one reload per save, and every error shown.
 *
 * One reload: a save to a chapter reloads the page at once (its module changed), then again when
 * the content store has read the new file (its front matter, its order) a moment later: two
 * reloads, the first rendered from the old store, and a deleted chapter still listed in it. So
 * after a save under content/ the reload waits for the store's, which Astro sends with path "*",
 * or STORE_WAIT_MS if the store did not change (a save that failed its check, a save of the same
 * text).
 *
 * Every error: Astro answers a page that fails with an empty 500 page and sends the error to the
 * page's dev client 200 ms later; Vite keeps it for a later client only if none is connected. On a
 * busy machine the reloaded page's client often connects after that, while the previous page's
 * socket is still open, and the error went to the page that was leaving: a blank page, the error
 * only in the terminal. So the last error is kept until the next reload or the next page that
 * renders, and each client that connects meanwhile is sent it; nothing older is (Vite's own buffer
 * showed an error already fixed on the next good page).
 */
export function devClient(): AstroIntegration {
  return {
    name: 'story-dev-client',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const hot = server.environments.client.hot;
        const send = hot.send.bind(hot) as (payload: Payload) => void;
        const sockets = new Set<Socket>();
        let error: Payload | undefined;
        let held: { reload?: Payload; timer: ReturnType<typeof setTimeout> } | undefined;

        const release = () => {
          if (!held) return;
          clearTimeout(held.timer);
          const { reload } = held;
          held = undefined;
          if (reload) send(reload);
        };

        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(CONTENT_DIR)) return;
          if (held) clearTimeout(held.timer);
          held = { reload: held?.reload, timer: setTimeout(release, STORE_WAIT_MS) };
        });

        hot.send = ((...args: unknown[]) => {
          const payload = args[0];
          if (typeof payload !== 'object' || payload === null) return (send as (...a: unknown[]) => void)(...args);
          const { type, path } = payload as Payload;
          if (type === 'full-reload') {
            error = undefined;
            if (held) {
              held.reload = payload as Payload;
              // The content store's reload: the page can now render what was saved.
              if (path === '*') release();
              return;
            }
          }
          if (type === 'update') error = undefined;
          if (type === 'error') {
            error = payload as Payload;
            // Vite would keep it for any later client, even one that loads a page since fixed.
            if (![...sockets].some((socket) => socket.readyState === 1)) return;
          }
          send(payload as Payload);
        }) as typeof hot.send;

        server.ws.on('connection', (socket: Socket) => {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          if (error) socket.send(JSON.stringify(error));
        });

        // A page that renders means the error is gone (or was another page's).
        server.middlewares.use((_request, response, next) => {
          response.on('finish', () => {
            if (response.statusCode < 400 && String(response.getHeader('content-type')).startsWith('text/html')) error = undefined;
          });
          next();
        });
      },
    },
  };
}
