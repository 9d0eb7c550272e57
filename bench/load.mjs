// A bounded burst of requests at a server on loopback: how it holds up when many readers arrive at
// once. Bounded in count (REQUESTS) and in time (DEADLINE_MS): a stuck server ends the burst with
// its unanswered requests counted as errors, not a hung benchmark.
import { Agent, request } from 'node:http';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const LOAD = { requests: 2000, concurrency: 50, deadlineMs: 60_000, requestTimeoutMs: 10_000 };

/** Every file a reader can ask for, as URL paths under `base` (a page by its folder's URL). */
export function servedPaths(dist, base = '/') {
  const paths = [];
  const walk = (dir, prefix) => {
    for (const name of readdirSync(join(dist, dir))) {
      const file = `${dir}${name}`;
      if (statSync(join(dist, file)).isDirectory()) walk(`${file}/`, prefix);
      else if (!/\.(gz|br)$/.test(name) && !(dir === '' && name.startsWith('_'))) paths.push(`${prefix}${file.replace(/(^|\/)index\.html$/, '$1')}`);
    }
  };
  walk('', base);
  return paths.sort();
}

const percentile = (sorted, share) => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * share) - 1)];

/**
 * Sends LOAD.requests GETs across `paths` in turn, LOAD.concurrency at a time over kept-alive
 * connections, accepting br and gzip as a browser does. An error is anything but a 200 with a
 * whole body: a refused or reset connection, a timeout, another status, or no answer by the deadline.
 */
export async function burst(origin, paths, load = LOAD) {
  const agent = new Agent({ keepAlive: true, maxSockets: load.concurrency });
  const latencies = [];
  const errors = {};
  const fail = (why) => (errors[why] = (errors[why] ?? 0) + 1);
  let next = 0;
  const started = performance.now();
  const deadline = started + load.deadlineMs;

  const one = (path) =>
    new Promise((done) => {
      const sent = performance.now();
      const req = request(`${origin}${path}`, { agent, headers: { 'accept-encoding': 'br, gzip' }, timeout: load.requestTimeoutMs }, (response) => {
        let bytes = 0;
        response.on('data', (chunk) => (bytes += chunk.length));
        response.on('end', () => {
          const length = Number(response.headers['content-length'] ?? bytes);
          if (response.statusCode !== 200) fail(`status ${response.statusCode}`);
          else if (bytes !== length) fail('short body');
          else latencies.push(performance.now() - sent);
          done();
        });
        response.on('error', () => (fail('reset'), done()));
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (error) => (fail(error.message === 'timeout' ? 'timeout' : error.code ?? error.message), done()));
      req.end();
    });

  const worker = async () => {
    while (next < load.requests && performance.now() < deadline) await one(paths[next++ % paths.length]);
  };
  await Promise.all(Array.from({ length: load.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  if (next < load.requests) errors['not sent by the deadline'] = load.requests - next;

  const sorted = latencies.sort((a, b) => a - b);
  const errorCount = Object.values(errors).reduce((sum, n) => sum + n, 0);
  return {
    requests: load.requests,
    concurrency: load.concurrency,
    files: paths.length,
    ok: sorted.length,
    errors: errorCount,
    errorKinds: errors,
    seconds: Number(seconds.toFixed(2)),
    rps: Math.round(sorted.length / seconds),
    p50Ms: sorted.length ? Number(percentile(sorted, 0.5).toFixed(1)) : null,
    p99Ms: sorted.length ? Number(percentile(sorted, 0.99).toFixed(1)) : null,
  };
}
