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
      if (!/\d/.test(node.value) || isBound(node, ctx)) return;
      const start = node.position?.start;
      for (const match of node.value.matchAll(/\d[\d.,]*/g)) {
        const before = node.value.slice(0, match.index);
        const lines = before.split('\n');
        const line = (start?.line ?? 1) + lines.length - 1;
        const column = lines.length > 1 ? lines.at(-1)!.length + 1 : (start?.column ?? 1) + before.length;
        found.push({ line, column, text: node.value.slice(Math.max(0, match.index - 8), match.index + match[0].length + 4).trim() });
      }
    },
  });
  mdxToJs(source, { mdastPlugins: [plugin] });
  return found;
}
