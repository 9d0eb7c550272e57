import { describe, expect, it } from 'vitest';
import { trustStepSchema } from '../../src/scenes/trust/steps';
import { compileChapter } from './compile-chapter';

const schema = trustStepSchema();
const problems = (props: unknown) => {
  const parsed = schema.safeParse(props);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};
const trustBlock = (props: string) => `Text.\n\n<Scrolly scene="trust">\n  <Step ${props}>\n  A.\n  </Step>\n</Scrolly>\n`;

describe('a trust <Step>, as a journalist writes it', () => {
  it('names the statements that have a bar, and optionally one to emphasise', () => {
    expect(problems({ show: ['worried'] })).toEqual([]);
    expect(problems({ show: ['worried', 'completelySecure'], highlight: 'completelySecure' })).toEqual([]);
  });

  it('refuses an unknown statement and lists the valid ones', () => {
    expect(problems({ show: ['worred'] })).toEqual([
      'show.0: "worred" is not a statement of data/trust-survey.csv; the statements are: worried, completelySecure, notAtAllSecure (the id column of data/trust-survey.csv)',
    ]);
  });

  it('refuses an empty list, a repeated statement, a single id where a list belongs, and emphasis on a hidden bar', () => {
    expect(problems({ show: [] })[0]).toMatch(/^show: must name at least one statement/);
    expect(problems({ show: ['worried', 'worried'] })[0]).toMatch(/^show: names a statement twice/);
    expect(problems({ show: 'worried' })[0]).toMatch(/^show: must be a list of statement ids, e.g. \{\["worried"\]\}/);
    expect(problems({ show: ['worried'], highlight: 'notAtAllSecure' })[0]).toMatch(/^highlight: must be one of the statements in show/);
  });

  it('stops the build at the chapter’s line, naming the scene', () => {
    expect(() => compileChapter(trustBlock('show={["worried", "fingerprint"]}'))).toThrow(
      /99-test\.mdx:4: <Step> for scene "trust": show\.1: "fingerprint" is not a statement of data\/trust-survey\.csv; the statements are: worried, completelySecure, notAtAllSecure/,
    );
  });

  it('passes the checked steps to the scroll block', () => {
    expect(compileChapter(trustBlock('show={["worried"]} highlight="worried"'))).toContain('steps: "[{\\"show\\":[\\"worried\\"],\\"highlight\\":\\"worried\\"}]"');
  });
});
