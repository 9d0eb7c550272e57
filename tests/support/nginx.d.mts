export const NGINX: string;
export const BROTLI: string;
/** Starts nginx serving `dir` at `base` on 127.0.0.1:`port` with `dir`/_nginx.conf; resolves once it answers. */
export function serveWithNginx(dir: string, port: number, base?: string): Promise<{ url: string; exited: Promise<number>; stop: () => Promise<number> }>;
