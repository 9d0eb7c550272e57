import { selectAll } from 'css-select';
import * as csstree from 'css-tree';
import { isTag, type AnyNode, type Document, type Element } from 'domhandler';

/*
 * The page's own stylesheets applied to a figure's markup at build time, for a reader on a desktop
 * screen in the light theme: what a browser would compute for each element's own declarations, with
 * custom properties resolved and simple calc() evaluated. The pictures are drawn by a renderer that
 * knows neither custom properties nor :not() nor media queries, so they need the answers, not the rules.
 */

export type Declarations = Map<string, string>;

interface Rule {
  selector: string;
  specificity: number;
  order: number;
  declarations: { property: string; value: string; important: boolean }[];
}

/* States a still picture never shows, and pseudo-elements that draw no SVG. */
const DYNAMIC = /:(hover|focus|focus-visible|focus-within|active|visited)\b|::/;
/* Media a picture is not: dark, narrow, printed, without scripting. */
const OTHER_MEDIA = /dark|max-width|print|scripting|reduce\b/;
const ROOT_FONT_PX = 16;

/** The rules of one stylesheet, in source order, with Astro's :global() markers taken off. */
export function parseRules(css: string, firstOrder = 0): Rule[] {
  const rules: Rule[] = [];
  const visit = (node: csstree.CssNode) => {
    if (node.type === 'Atrule') {
      if (node.name !== 'media' || !node.block) return;
      const condition = node.prelude ? csstree.generate(node.prelude) : '';
      if (OTHER_MEDIA.test(condition)) return;
      node.block.children.forEach(visit);
      return;
    }
    if (node.type !== 'Rule' || node.prelude.type !== 'SelectorList') return;
    const declarations: Rule['declarations'] = [];
    node.block.children.forEach((child) => {
      if (child.type === 'Declaration') {
        declarations.push({ property: child.property, value: csstree.generate(child.value).trim(), important: Boolean(child.important) });
      }
    });
    node.prelude.children.forEach((selector) => {
      const text = unwrapGlobal(csstree.generate(selector));
      if (DYNAMIC.test(text)) return;
      rules.push({ selector: text, specificity: specificity(selector), order: firstOrder + rules.length, declarations });
    });
  };
  (csstree.parse(css) as csstree.StyleSheet).children.forEach(visit);
  return rules;
}

function unwrapGlobal(selector: string): string {
  let out = selector;
  for (let at = out.indexOf(':global('); at >= 0; at = out.indexOf(':global(')) {
    let depth = 0;
    let end = at + ':global('.length;
    for (; end < out.length; end++) {
      if (out[end] === '(') depth++;
      if (out[end] === ')' && depth-- === 0) break;
    }
    out = out.slice(0, at) + out.slice(at + ':global('.length, end) + out.slice(end + 1);
  }
  return out;
}

/** (ids, classes/attributes/pseudo-classes, types) as one comparable number. */
function specificity(selector: csstree.CssNode): number {
  let score = 0;
  csstree.walk(selector, function (node) {
    if (node.type === 'IdSelector') score += 10_000;
    else if (node.type === 'ClassSelector' || node.type === 'AttributeSelector') score += 100;
    else if (node.type === 'PseudoClassSelector' && !['global', 'where', 'not', 'is'].includes(node.name)) score += 100;
    else if (node.type === 'TypeSelector' && node.name !== '*') score += 1;
    else if (node.type === 'PseudoElementSelector') score += 1;
  });
  return score;
}

/** Each element's declared values, the winner of the cascade for every property. */
export function cascade(document: Document, rules: Rule[]): Map<Element, Declarations> {
  const matched = new Map<Element, { rule: Rule; index: number }[]>();
  for (const rule of rules) {
    let elements: Element[];
    try {
      elements = selectAll<AnyNode, Element>(rule.selector, document);
    } catch {
      continue; // a selector css-select does not know (:lang(), :root in some forms) styles no chart drawing
    }
    for (const element of elements) {
      const list = matched.get(element) ?? [];
      rule.declarations.forEach((_, index) => list.push({ rule, index }));
      matched.set(element, list);
    }
  }
  const result = new Map<Element, Declarations>();
  for (const [element, list] of matched) {
    const weight = ({ rule, index }: { rule: Rule; index: number }) => [rule.declarations[index].important ? 1 : 0, rule.specificity, rule.order, index];
    list.sort((a, b) => {
      const [x, y] = [weight(a), weight(b)];
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
      return 0;
    });
    const declared: Declarations = new Map();
    for (const { rule, index } of list) declared.set(rule.declarations[index].property, rule.declarations[index].value);
    result.set(element, declared);
  }
  for (const element of selectAll<AnyNode, Element>('[style]', document)) {
    const declared = result.get(element) ?? new Map();
    for (const part of (element.attribs.style ?? '').split(';')) {
      const [property, ...value] = part.split(':');
      if (property?.trim() && value.length) declared.set(property.trim(), value.join(':').trim());
    }
    result.set(element, declared);
  }
  return result;
}

/** Custom properties in effect on every element (they inherit), and each element's font size in px. */
export interface Context {
  vars: Record<string, string>;
  fontPx: number;
}

export function contexts(document: Document, declared: Map<Element, Declarations>): Map<Element, Context> {
  const result = new Map<Element, Context>();
  const visit = (node: Document | Element, parent: Context) => {
    for (const child of node.children) {
      if (!isTag(child)) continue;
      const own = declared.get(child);
      const vars = { ...parent.vars };
      for (const [property, value] of own ?? []) if (property.startsWith('--')) vars[property] = value;
      const size = own?.get('font-size');
      const fontPx = size ? (toPx(resolve(size, vars, parent.fontPx), parent.fontPx) ?? parent.fontPx) : parent.fontPx;
      const context = { vars, fontPx };
      result.set(child, context);
      visit(child, context);
    }
  };
  visit(document, { vars: {}, fontPx: ROOT_FONT_PX });
  return result;
}

/** A value with its var() references replaced and its calc() evaluated where the units allow. */
export function resolve(value: string, vars: Record<string, string>, emPx: number): string {
  let out = value;
  for (let guard = 0; out.includes('var(') && guard < 20; guard++) {
    out = out.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_, name: string, fallback?: string) => vars[name] ?? fallback ?? '');
  }
  // The pictures are light: a light-dark() pair is its first colour.
  out = out.replace(/light-dark\(\s*((?:[^,()]|\([^()]*\))+?)\s*,\s*((?:[^,()]|\([^()]*\))+?)\s*\)/g, '$1');
  for (let guard = 0; /calc\(/.test(out) && guard < 20; guard++) {
    const next = out.replace(/calc\(([^()]*)\)/, (whole, expression: string) => evaluate(expression, emPx) ?? `(${expression})`);
    if (next === out) break;
    out = next;
  }
  return out.replace(/\(\(([^()]*)\)\)/g, '($1)');
}

/** "0.47 * 0.8rem" → "6.016px"; null when the expression mixes what cannot be added (100% - 3em). */
function evaluate(expression: string, emPx: number): string | null {
  const tokens = expression.match(/-?[\d.]+(?:px|rem|em)?|[*/+-]/g);
  if (!tokens) return null;
  const term = (token: string): [number, boolean] | null => {
    const match = /^(-?[\d.]+)(px|rem|em)?$/.exec(token);
    if (!match) return null;
    const n = Number(match[1]);
    if (match[2] === 'rem') return [n * ROOT_FONT_PX, true];
    if (match[2] === 'em') return [n * emPx, true];
    return [n, match[2] === 'px'];
  };
  let sum = 0;
  let sumHasUnit: boolean | null = null;
  let i = 0;
  let sign = 1;
  while (i < tokens.length) {
    const first = term(tokens[i++]);
    if (!first) return null;
    let [value, unit] = first;
    while (tokens[i] === '*' || tokens[i] === '/') {
      const op = tokens[i++];
      const next = term(tokens[i++] ?? '');
      if (!next) return null;
      value = op === '*' ? value * next[0] : value / next[0];
      unit ||= next[1];
    }
    if (sumHasUnit !== null && sumHasUnit !== unit) return null;
    sumHasUnit = unit;
    sum += sign * value;
    if (i < tokens.length) {
      if (tokens[i] !== '+' && tokens[i] !== '-') return null;
      sign = tokens[i++] === '-' ? -1 : 1;
    }
  }
  const rounded = Math.round(sum * 1000) / 1000;
  return sumHasUnit ? `${rounded}px` : String(rounded);
}

/** A length in px (px, rem, em, %), or null for anything else. */
export function toPx(value: string, emPx: number): number | null {
  const match = /^(-?[\d.]+)(px|rem|em|%)?$/.exec(value.trim());
  if (!match) return null;
  const n = Number(match[1]);
  return { rem: n * ROOT_FONT_PX, em: n * emPx, '%': (n / 100) * emPx, px: n }[match[2] ?? 'px'] ?? null;
}
