import type { z } from 'zod';

const described = (value: unknown) => (typeof value === 'string' ? `text ("${value}")` : Array.isArray(value) ? 'a list' : `${typeof value} (${JSON.stringify(value)})`);

/** How each kind of value is written as a prop, for the example in a type error. */
const EXAMPLES: Record<string, string> = {
  string: 'text in quotes, e.g. "250"',
  number: 'a number in braces, e.g. {115}',
  boolean: 'the prop alone (claim) or {true}',
  array: 'a list in braces, e.g. {["wechat"]}',
};

/**
 * A step's schema problems in a journalist's words: which prop, what was written and how it
 * should be written. Schemas give their own message where they have one; zod's generic type and
 * unknown-key messages are replaced by ones that say what is valid.
 */
export function stepProblems(issues: z.core.$ZodIssue[], schema: z.ZodType): string {
  const props = Object.keys((schema as { shape?: Record<string, unknown> }).shape ?? {});
  return issues
    .map((issue) => {
      const path = issue.path.length ? issue.path.map(String).join('.') : 'props';
      if (issue.code === 'unrecognized_keys') {
        return `${issue.keys.map((key) => `"${key}"`).join(', ')} ${issue.keys.length === 1 ? 'is not a prop' : 'are not props'} of this step; its props are: ${props.join(', ')}`;
      }
      if (issue.code === 'invalid_type' && /^Invalid input/.test(issue.message)) {
        const example = EXAMPLES[issue.expected] ?? issue.expected;
        return `${path}: ${issue.input === undefined ? 'is missing' : `is ${described(issue.input)}`}; write ${example}`;
      }
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}
