import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Sends `target` as the request line's path, byte for byte, and returns the status and Location. */
function get(port: number, target: string): Promise<{ status: number; location?: string }> {
  return new Promise((resolve, reject) => {
    let reply = '';
    const socket = connect(port, '127.0.0.1', () => socket.end(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    socket.on('data', (chunk) => (reply += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve({ status: Number(reply.split(' ')[1]), location: /\r\nlocation: (.*)\r\n/i.exec(reply)?.[1] }));
  });
}

describe('the static test server', () => {
  let server: ChildProcess;
  let port: number;

  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'static-'));
    mkdirSync(join(dist, 'en'));
    writeFileSync(join(dist, 'index.html'), 'story');
    writeFileSync(join(dist, 'en', 'index.html'), 'english');
    server = spawn(process.execPath, ['tests/support/static-server.mjs', dist, '0', '/']);
    const line: string = await new Promise((ready) => server.stdout!.once('data', (data) => ready(String(data))));
    port = Number(/:(\d+)\//.exec(line)![1]);
  });

  afterAll(() => server.kill());

  it('answers a malformed path with 400 and serves the next request', async () => {
    for (const target of ['/%', '/%E0%A4%A', '//evil.com%2F', '*']) {
      expect((await get(port, target)).status, target).toBe(400);
      expect((await get(port, '/')).status, `after ${target}`).toBe(200);
    }
  });

  it('serves pages, redirects a folder to its slash, and finds nothing outside its folder', async () => {
    expect(await get(port, '/en')).toEqual({ status: 301, location: '/en/' });
    expect((await get(port, '/en/')).status).toBe(200);
    for (const target of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/%00', '/nowhere/']) expect((await get(port, target)).status, target).toBe(404);
  });
});
