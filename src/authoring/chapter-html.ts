import type { MdxJsxAttributeUnion } from 'satteri';

/*
 * What a chapter may hold besides prose and our components: a little HTML for emphasis, links,
 * lists, quotes, line breaks and abbreviations. Nothing that runs code or makes the reader's
 * browser fetch anything (the story loads nothing from any other host).
 */

/** HTML elements a chapter may use, and the attributes each may carry. */
export const ALLOWED_HTML: Record<string, readonly string[]> = {
  em: [],
  strong: [],
  i: [],
  b: [],
  a: ['href', 'title'],
  ul: [],
  ol: [],
  li: [],
  blockquote: [],
  br: [],
  abbr: ['title'],
};

const allowedList = Object.keys(ALLOWED_HTML)
  .map((name) => `<${name}>`)
  .join(', ');

/** Attributes that make a browser fetch something. */
const FETCHING = ['src', 'srcset', 'poster', 'data', 'action', 'formaction', 'background', 'href', 'xlink:href'];

/** A link a reader may follow: a web page, or a place in this page. */
export function isSafeLink(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url) || /^#[\w-]*$/.test(url);
}

const attributeText = (attribute: MdxJsxAttributeUnion) =>
  attribute.type === 'mdxJsxAttribute' ? attribute.name : `{${attribute.value}}`;

/**
 * What is wrong with an HTML element in a chapter, or undefined if it is allowed. `name` is the
 * element's tag as written (lowercase: our components are capitalised and checked elsewhere).
 */
export function htmlProblem(name: string | null, attributes: MdxJsxAttributeUnion[]): string | undefined {
  if (name === null) return `<>…</> (a fragment) is not allowed in a chapter; write the words without it`;
  const allowed = ALLOWED_HTML[name];
  if (!allowed) {
    const fetched = attributes.find((a) => a.type === 'mdxJsxAttribute' && FETCHING.includes(a.name) && typeof a.value === 'string');
    const loads =
      fetched && fetched.type === 'mdxJsxAttribute'
        ? ` (its ${fetched.name}="${String(fetched.value)}" would make every reader's browser load it: the story loads nothing from another host)`
        : '';
    return `<${name}> is not allowed in a chapter${loads}. Chapters hold prose and our components; the HTML allowed is ${allowedList}`;
  }
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !allowed.includes(attribute.name)) {
      const takes = allowed.length ? `it takes only ${allowed.map((a) => `${a}="…"`).join(' and ')}` : 'it takes no attributes';
      return `<${name} ${attributeText(attribute)}…> is not allowed: ${takes}`;
    }
    if (typeof attribute.value !== 'string') {
      return `<${name} ${attribute.name}={…}> is code; write the value as text: ${attribute.name}="…"`;
    }
    if (attribute.name === 'href' && !isSafeLink(attribute.value)) {
      return `<a href="${attribute.value}"> is not a link a reader can follow safely: write a web address (https://…) or a place in the page (#anchor)`;
    }
  }
  return undefined;
}
