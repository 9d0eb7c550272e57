import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A blank page on another site (127.0.0.2, where the story is served from 127.0.0.1: another
 * origin and another site, so Chromium puts its frames in other processes and throttles them off
 * screen, as on a real host), in which each test pastes what it needs.
 */
export class HostSite {
  private pages = new Map<string, { type: string; body: string; status?: number; location?: string }>();
  private server: Server = createServer((request, response) => {
    const page = this.pages.get(new URL(request.url ?? '/', 'http://host').pathname);
    if (!page) response.writeHead(404).end();
    else if (page.location) response.writeHead(page.status ?? 301, { location: page.location }).end();
    else response.writeHead(200, { 'content-type': page.type }).end(page.body);
  });

  async start(): Promise<void> {
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.2', done));
  }

  stop(): Promise<void> {
    return new Promise((done) => this.server.close(() => done()));
  }

  get origin(): string {
    return `http://127.0.0.2:${(this.server.address() as AddressInfo).port}`;
  }

  /** Serves `body` in a page of its own (with `head` in its head) and returns its URL. */
  page(name: string, body: string, head = ''): string {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A host page</title><link rel="icon" href="data:,">${head}</head><body><h1>A newsroom's article</h1>\n${body}\n</body></html>`;
    this.pages.set(`/${name}.html`, { type: 'text/html; charset=utf-8', body: html });
    return `${this.origin}/${name}.html`;
  }

  /** Answers `path` with a 301 to `location` and returns the redirecting URL. */
  redirect(path: string, location: string): string {
    this.pages.set(path, { type: '', body: '', status: 301, location });
    return `${this.origin}${path}`;
  }
}
