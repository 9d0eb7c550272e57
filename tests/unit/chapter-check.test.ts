import { describe, expect, it } from 'vitest';
import { compileChapter } from './compile-chapter';

const timerBlock = (steps: string) => `Intro.\n\n<Scrolly scene="timer">\n${steps}\n</Scrolly>\n`;

describe('a chapter is checked while it compiles', () => {
  it('passes the validated step states and the edition to the scroll block', () => {
    const code = compileChapter(timerBlock('  <Step from={0} to={115}>\n  A.\n  </Step>\n  <Step from={230}>\n  B.\n  </Step>'));
    expect(code).toContain('steps: "[{\\"from\\":0,\\"to\\":115},{\\"from\\":230}]"');
    expect(code).toContain('lang: "zh"');
    expect(code).toMatch(/index: "1"/);
  });

  it('names the file and line of a scene that does not exist, and lists the real ones', () => {
    expect(() => compileChapter('Text.\n\n<Scrolly scene="tmier">\n  <Step from={0}>\n  A.\n  </Step>\n</Scrolly>\n')).toThrow(
      /content\/zh\/99-test\.mdx:3: scene "tmier" does not exist; the scenes are: timer/,
    );
  });

  it('refuses a timer step outside the sale’s 230 minutes', () => {
    expect(() => compileChapter(timerBlock('  <Step from={0} to={400}>\n  A.\n  </Step>'))).toThrow(
      /99-test\.mdx:4: <Step> for scene "timer": to: must be between 0 and 230/,
    );
  });

  it('refuses a timer step that runs backwards, saying steps run forwards', () => {
    expect(() => compileChapter(timerBlock('  <Step from={230} to={60}>\n  A.\n  </Step>'))).toThrow(
      /99-test\.mdx:4: <Step> for scene "timer": to: must not be before from: the count only grows, so a step runs forwards, e\.g\. from=\{0\} to=\{115\}/,
    );
  });

  it('refuses an unknown fact and lists the known ones', () => {
    expect(() => compileChapter('Orders: <Fact id="aliexpress.orders" />.\n')).toThrow(
      /99-test\.mdx:1: the fact "aliexpress.orders" is not in data\/facts.csv; the facts are: aliexpress\.saleStart/,
    );
  });

  it('refuses a misspelt component instead of rendering nothing', () => {
    expect(() => compileChapter('<Stpe from={0}>\nA.\n</Stpe>\n')).toThrow(/<Stpe> is not a component chapters can use/);
  });

  it('refuses code where a prop should be a plain value', () => {
    expect(() => compileChapter(timerBlock('  <Step from={Math.max(0, 1)}>\n  A.\n  </Step>'))).toThrow(/is not a plain value/);
  });

  it('refuses text outside the steps of a scroll block', () => {
    expect(() => compileChapter(timerBlock('  Loose text.\n\n  <Step from={0}>\n  A.\n  </Step>'))).toThrow(
      /everything inside <Scrolly> must be inside a <Step>/,
    );
  });

  it('refuses a chapter outside a language folder', () => {
    expect(() => compileChapter('Hello.\n', 'content/99-test.mdx')).toThrow(/a chapter must sit in a language folder/);
  });
});
