import type { View } from './contract';

/**
 * Writes a scene's view onto the figure the build rendered, found once by its data-v keys. Only
 * what changes is written: a rewrite of the same value would still restyle, and a scroll asks for
 * a view in every frame. A text is rewritten in place, in its one text node, so the browser reflows
 * a line instead of replacing layout objects.
 */
export function viewWriter(root: ParentNode): (view: View) => void {
  const elements = new Map([...root.querySelectorAll<Element>('[data-v]')].map((element) => [element.getAttribute('data-v') ?? '', element]));
  return (view) => {
    for (const key in view) {
      const element = elements.get(key);
      if (!element) throw new Error(`the figure has no element data-v="${key}"`);
      const { attrs, classes, text } = view[key];
      for (const name in attrs) {
        const value = attrs[name];
        if (element.getAttribute(name) === value) continue;
        if (value === null) element.removeAttribute(name);
        else element.setAttribute(name, value);
      }
      for (const name in classes) if (element.classList.contains(name) !== classes[name]) element.classList.toggle(name, classes[name]);
      // An element with no class left has no class attribute, as the build writes it.
      if (element.getAttribute('class') === '') element.removeAttribute('class');
      if (text !== undefined) writeText(element, text);
    }
  };
}

function writeText(element: Element, text: string) {
  const node = element.firstChild;
  if (node instanceof Text && node === element.lastChild) {
    if (node.data !== text) node.data = text;
  } else if (element.textContent !== text) element.textContent = text;
}
