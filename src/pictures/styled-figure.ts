import { isTag, isText, type Document, type Element } from 'domhandler';
import { getElementById } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { cascade, contexts, parseRules, resolve, toPx, type Context } from './cascade';
import type { Lang } from '../i18n/lang';
import { fontStack } from './fonts';
import { escape, textContent } from './text';

/*
 * The stylesheets a page applies to a chart: the site's and every component's in src/scenes (their
 * <style> blocks as written; Astro only scopes them). Read at build, so a colour changed in a
 * scene's CSS is the colour of its pictures too.
 */
const sheets = import.meta.glob<string>(['../styles/global.css', '../scenes/**/*.astro'], { query: '?raw', import: 'default', eager: true });
const css = Object.keys(sheets)
  .sort((a, b) => Number(b.endsWith('.css')) - Number(a.endsWith('.css')) || a.localeCompare(b))
  .map((path) => (path.endsWith('.css') ? sheets[path] : [...sheets[path].matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n')))
  .join('\n');
let rules: ReturnType<typeof parseRules> | undefined;

/** SVG properties a picture keeps; the rest (layout, motion, pointer) means nothing in a still SVG. */
const KEPT = new Set([
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linejoin', 'stroke-linecap', 'stroke-opacity',
  'opacity', 'font-size', 'font-weight', 'font-style', 'letter-spacing', 'text-anchor', 'dominant-baseline', 'paint-order', 'font-variant-numeric',
]);
/* What an <svg> inherits from the HTML around it. */
const INHERITED = ['font-weight', 'font-style', 'letter-spacing', 'fill', 'stroke', 'font-variant-numeric'];

export interface StyledFigure {
  document: Document;
  /** The edition it is from: its text is set in that edition's faces. */
  lang: Lang;
  /** The element's text as a reader sees it: screen-reader-only spans left out. */
  text(element: Element | undefined): string;
  /** A property's value on an element as the page computes it (own or inherited declarations). */
  value(element: Element, property: string): string | undefined;
  /** A custom property in effect on an element (--u, --paper…). */
  custom(element: Element, name: string): string | undefined;
  /** The element's font size in px. */
  fontPx(element: Element): number;
  /** One of the figure's <svg> elements as markup for a picture, styles written on every element. */
  svg(element: Element, placement: { x: number; y: number; width: number; height: number }): string;
}

/** A figure's served markup with the page's light-theme desktop styles worked out on every element. */
export function styledFigure(html: string, lang: Lang): StyledFigure {
  const document = parseDocument(`<html lang="${lang}"><body>${html}</body></html>`, { lowerCaseTags: false, lowerCaseAttributeNames: false, recognizeSelfClosing: true });
  rules ??= parseRules(css);
  const declared = cascade(document, rules);
  const context = contexts(document, declared);
  const ctx = (element: Element): Context => context.get(element) ?? { vars: {}, fontPx: 16 };
  const computed = (element: Element, property: string): string | undefined => {
    const own = declared.get(element)?.get(property);
    return own === undefined ? undefined : resolve(own, ctx(element).vars, ctx(element).fontPx);
  };
  const value = (element: Element, property: string): string | undefined => {
    for (let node: Element | null = element; node && isTag(node); node = node.parent as Element | null) {
      const found = computed(node, property);
      if (found !== undefined && found !== 'inherit') return found;
      if (!INHERITED.includes(property) && property !== 'color' && property !== 'font-size') return undefined;
    }
    return undefined;
  };
  const hidden = (element: Element) => computed(element, 'display') === 'none' || /\bvisually-hidden\b/.test(element.attribs.class ?? '');
  // Trimmed only as a whole: the space that ends a <strong> lead ("The article’s claim: ") is the reader's too.
  const words = (element: Element): string => element.children.map((child) => (isText(child) ? child.data : isTag(child) && !hidden(child) ? words(child) : '')).join('');
  const text = (element: Element | undefined): string => (element ? words(element).replace(/\s+/g, ' ').trim() : '');
  const labelledBy = (ids: string) =>
    ids
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => {
        const target = getElementById(id, document.children);
        if (!target) throw new Error(`a picture's label points to #${id}, which its figure does not have`);
        return text(target);
      })
      .join(' ');

  const svg: StyledFigure['svg'] = (root, placement) => {
    const viewBox = (root.attribs.viewBox ?? '').split(/[\s,]+/).map(Number);
    const unitsPerPx = viewBox.length === 4 ? viewBox[2] / placement.width : 1;
    const rootStyle = [
      `font-family:${fontStack(lang)}`,
      `font-size:${ctx(root).fontPx}px`,
      ...INHERITED.map((property) => [property, value(root, property)] as const)
        .filter(([, v]) => v !== undefined)
        .map(([property, v]) => `${property}:${v}`),
    ];
    const color = value(root, 'color');
    const background = computed(root, 'background') ?? computed(root, 'background-color');
    const box = { ...placement, ...(viewBox.length === 4 ? { viewBox: viewBox.join(' ') } : {}) };
    const attributes = Object.entries(box).map(([k, v]) => ` ${k}="${v}"`).join('');
    const passThrough = Object.entries(root.attribs).filter(([k]) => k === 'preserveAspectRatio' || k === 'class');
    const underlay = background ? `<rect${viewBox.length === 4 ? ` x="${viewBox[0]}" y="${viewBox[1]}" width="${viewBox[2]}" height="${viewBox[3]}"` : ' width="100%" height="100%"'} fill="${background}"/>` : '';
    return `<svg${attributes}${passThrough.map(([k, v]) => ` ${k}="${escape(v)}"`).join('')} overflow="visible" style="${rootStyle.join(';')}${color ? `;color:${color}` : ''}">${underlay}${root.children.map((child) => node(child, unitsPerPx, 1)).join('')}</svg>`;
  };

  const node = (child: Document['children'][number], unitsPerPx: number, scale: number): string => {
    if (isText(child)) return isTag(child.parent!) && ['text', 'tspan', 'textPath'].includes(child.parent.name) ? textContent(child.data, lang) : escape(child.data);
    if (!isTag(child) || hidden(child)) return '';
    const own = declared.get(child) ?? new Map();
    const styles: string[] = [];
    const transform = computed(child, 'transform') ?? child.attribs.transform;
    const nextScale = scale * scaleOf(transform);
    const nonScaling = computed(child, 'vector-effect') === 'non-scaling-stroke';
    for (const property of own.keys()) {
      if (!KEPT.has(property)) continue;
      let v = computed(child, property)!;
      if (nonScaling && (property === 'stroke-width' || property === 'stroke-dasharray')) {
        // A stroke the page keeps at N screen px (vector-effect), fixed to the picture's scale instead.
        v = v.replace(/-?[\d.]+(px)?/g, (n) => String(round((toPx(n, 16) ?? Number(n)) * (unitsPerPx / nextScale))));
      }
      styles.push(`${property}:${v}`);
    }
    if (nonScaling && !own.has('stroke-width')) styles.push(`stroke-width:${round(unitsPerPx / nextScale)}`);
    const attributes = Object.entries(child.attribs)
      // vector-effect too: a stroke the page keeps at N screen px is fixed to the picture's scale (above), wherever it is declared.
      .filter(([k]) => !k.startsWith('data-astro-cid') && !['style', 'tabindex', 'role', 'focusable', 'aria-hidden', 'transform', 'vector-effect'].includes(k))
      // A picture is a file of its own: the words a label points to elsewhere in the page go into it.
      .map(([k, v]) => (k === 'aria-labelledby' ? ['aria-label', labelledBy(v)] : [k, v]))
      // Presentation attributes may name custom properties too (fill="var(--map-wechat)").
      .map(([k, v]) => ` ${k}="${escape(v.includes('var(') ? resolve(v, ctx(child).vars, ctx(child).fontPx) : v)}"`)
      .join('');
    const style = styles.length ? ` style="${escape(styles.join(';'))}"` : '';
    const transformAttribute = transform ? ` transform="${escape(transform)}"` : '';
    return `<${child.name}${attributes}${transformAttribute}${style}>${child.children.map((grandchild) => node(grandchild, unitsPerPx, nextScale)).join('')}</${child.name}>`;
  };

  const custom = (element: Element, name: string) => {
    const raw = ctx(element).vars[name];
    return raw === undefined ? undefined : resolve(raw, ctx(element).vars, ctx(element).fontPx);
  };
  return { document, lang, text, value, custom, fontPx: (element: Element) => ctx(element).fontPx, svg };
}

function scaleOf(transform: string | undefined): number {
  let scale = 1;
  for (const match of (transform ?? '').matchAll(/scale\(\s*(-?[\d.]+)/g)) scale *= Number(match[1]);
  return scale || 1;
}

const round = (n: number) => Math.round(n * 1000) / 1000;


