import type { Text } from 'mdast';
import { defineMdastPlugin, mdxToJs, type MdastTarget, type MdastVisitorContext } from 'satteri';

/** A digit run in a chapter's prose that no <Fact> backs: a number with no source. */
export interface UnboundNumber {
  line: number;
  column: number;
  /** The digit run with a few characters either side, to find it by eye. */
  text: string;
}

/** Where digits are allowed: a <Fact> (a sourced number) or a <Literal> (a year, a date, a name, as written). */
const BOUND = new Set(['Fact', 'Literal']);

function isBound(node: Text, ctx: MdastVisitorContext): boolean {
  for (let parent: Readonly<MdastTarget> | undefined = ctx.parent(node); parent; parent = ctx.parent(parent)) {
    if ((parent.type === 'mdxJsxTextElement' || parent.type === 'mdxJsxFlowElement') && 'name' in parent && BOUND.has(parent.name ?? '')) return true;
  }
  return false;
}

/**
 * Finds the statistics a chapter states in its own words instead of through <Fact>. Every digit
 * run outside <Fact> and <Literal> counts; props ({230}) and front matter are not prose.
 */
export function findUnboundNumbers(source: string): UnboundNumber[] {
  const found: UnboundNumber[] = [];
  const plugin = defineMdastPlugin({
    name: 'unbound-numbers',
    options: { position: true },
    text(node, ctx) {
      found.push(...unboundNumbersIn(node, ctx));
    },
  });
  mdxToJs(source, { mdastPlugins: [plugin] });
  return found;
}

/** The unbound numbers of one text node; the chapter check (story-plugin.ts) calls it during the build. */
export function unboundNumbersIn(node: Text, ctx: MdastVisitorContext): UnboundNumber[] {
  if (!/\d/.test(node.value) || isBound(node, ctx)) return [];
  const start = node.position?.start;
  return [...node.value.matchAll(/\d[\d.,]*/g)].map((match) => {
    const before = node.value.slice(0, match.index);
    const lines = before.split('\n');
    const line = (start?.line ?? 1) + lines.length - 1;
    const column = lines.length > 1 ? lines.at(-1)!.length + 1 : (start?.column ?? 1) + before.length;
    // A few characters either side, on the number's own line.
    const lineStart = before.lastIndexOf('\n') + 1;
    const lineEnd = node.value.indexOf('\n', match.index) < 0 ? node.value.length : node.value.indexOf('\n', match.index);
    const text = node.value.slice(Math.max(lineStart, match.index - 8), Math.min(lineEnd, match.index + match[0].length + 4)).trim();
    return { line, column, text };
  });
}

/** What to do about an unbound number: one sentence, shared by the build and npm run lint:content. */
export const UNBOUND_ADVICE = 'put the statistic in data/facts.csv and write <Fact id="…" />, or wrap a year, a date or a name meant as written in <Literal>…</Literal>';
