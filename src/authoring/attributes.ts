import type { MdxJsxAttributeNode as MdxJsxAttribute, MdxJsxAttributeUnion } from 'satteri';

export type PropValue = string | number | boolean | null | PropValue[] | { [key: string]: PropValue };

/**
 * Reads a JSX element's props as plain values. Chapters hold words and data, never code, so a
 * prop is text ("France"), a number ({115}), true/false, or a list ({["250", "246"]}): anything
 * else is refused rather than run.
 */
export function readProps(attributes: MdxJsxAttributeUnion[]): Record<string, PropValue> {
  const props: Record<string, PropValue> = {};
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      throw new Error(`"{${attribute.value}}" is not allowed here: write each prop as name="text" or name={value}`);
    }
    const { name, value } = attribute;
    if (value === null || value === undefined) props[name] = true;
    else if (typeof value === 'string') props[name] = value;
    else {
      try {
        props[name] = JSON.parse(value.value) as PropValue;
      } catch {
        throw new Error(
          `the prop ${name}={${value.value}} is not a plain value: write a number like {115}, text like "France", true/false, or a list like {["250", "246"]}`,
        );
      }
    }
  }
  return props;
}

export function stringAttribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}
