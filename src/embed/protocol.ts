/*
 * The messages an embedded chart and its host page exchange, typed once for the embed page's client.
 * public/embed.js (the host script) is plain JS with no build step, so it repeats these few rules;
 * tests/unit/embed-protocol.test.ts holds both to the same cases.
 *
 * Why our own: pym.js (unmaintained since 2018) never lets an iframe shrink, iframe-resizer v5 is
 * GPL-3.0, and Datawrapper posts its height to any origin every second. Here the page speaks only
 * when its height changes, and the host believes only the window of the iframe it placed.
 * The page still speaks pym's and Datawrapper's dialects so hosts that listen for those need nothing.
 */

export const PROTOCOL = 'double-11-embed';
export const PROTOCOL_VERSION = 1;

/** The embed page to its host: "my content is this tall". */
export interface HeightMessage {
  protocol: typeof PROTOCOL;
  version: typeof PROTOCOL_VERSION;
  kind: 'height';
  height: number;
}

/** The host to an embed page that may have spoken before the host script ran: "say it again". */
export interface HeightRequest {
  protocol: typeof PROTOCOL;
  version: typeof PROTOCOL_VERSION;
  kind: 'request-height';
}

/** Heights the host applies: a chart is never smaller than a line of text, nor a page long. */
export const HEIGHT_RANGE = { min: 100, max: 5000 } as const;
/** Beyond this a height is not a chart's but a bug or a hostile page's, and is ignored outright. */
export const ABSURD_HEIGHT = 100_000;

export function heightMessage(height: number): HeightMessage {
  return { protocol: PROTOCOL, version: PROTOCOL_VERSION, kind: 'height', height };
}

export function heightRequest(): HeightRequest {
  return { protocol: PROTOCOL, version: PROTOCOL_VERSION, kind: 'request-height' };
}

const isOurs = (data: unknown, kind: string): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && (data as Record<string, unknown>).protocol === PROTOCOL && (data as Record<string, unknown>).kind === kind;

export function isHeightRequest(data: unknown): data is HeightRequest {
  return isOurs(data, 'request-height');
}

/**
 * The height, in whole pixels and clamped to HEIGHT_RANGE, that a host may apply for `data`; or
 * null when `data` is not our height message or its height is not a sane number.
 */
export function acceptedHeight(data: unknown): number | null {
  if (!isOurs(data, 'height')) return null;
  const { height } = data;
  if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > ABSURD_HEIGHT) return null;
  return Math.min(HEIGHT_RANGE.max, Math.max(HEIGHT_RANGE.min, Math.ceil(height)));
}

/** pym.js's child-to-parent height message, which pym.Parent matches by the id it passed as ?childId=. */
export function pymHeightMessage(childId: string, height: number): string {
  return `pymxPYMx${childId}xPYMxheightxPYMx${height}`;
}

/** How an embed names itself to Datawrapper's hosts (and pym's, when given no ?childId=): one per embed address. */
export function chartId(address: string): string {
  return `double11-${address.replace(/\//g, '-')}`;
}

/** Datawrapper's height message; its host snippet matches the iframe by event.source, not by the key. */
export function datawrapperHeightMessage(chartId: string, height: number): { 'datawrapper-height': Record<string, number> } {
  return { 'datawrapper-height': { [chartId]: height } };
}
