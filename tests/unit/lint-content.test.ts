import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findUnboundNumbers } from '../../src/authoring/unbound-numbers';

const lint = (...paths: string[]) => spawnSync(process.execPath, ['src/authoring/lint-content.ts', ...paths], { encoding: 'utf8' });

describe('the content check for numbers without a source', () => {
  it('finds digits in prose and says where, but not inside <Fact>, <Literal> or props', () => {
    const found = findUnboundNumbers('Intro <Fact id="a.b" /> and <Literal>1992年</Literal>.\n\n<Scrolly scene="timer">\n<Step from={230}>\nPaid 725 a second.\n</Step>\n</Scrolly>\n');
    expect(found).toEqual([{ line: 5, column: 6, text: 'Paid 725 a s' }]);
  });

  it('finds none in the story itself', () => {
    const result = lint('content');
    expect(result.stdout).toMatch(/0 unbound numbers/);
    expect(result.status).toBe(0);
  });

  it('flags a chapter with a typed-in statistic, naming file, line and column', () => {
    const result = lint('tests/fixtures/unbound-number');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('tests/fixtures/unbound-number/zh/01-typed-number.mdx:9:4: a number outside <Fact>: “…仅过了3小时50…”');
    expect(result.stdout).not.toContain('2017');
  });

  it('names the file, line and column of a chapter that is not valid MDX, and goes on to the others', () => {
    const result = lint('tests/fixtures/malformed-mdx', 'tests/fixtures/unbound-number');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('tests/fixtures/malformed-mdx/zh/01-broken.mdx:12:1: Unexpected closing tag `</Scrolly>`');
    expect(result.stdout).toContain('tests/fixtures/unbound-number/zh/01-typed-number.mdx:9:4:');
    expect(result.stdout).toMatch(/1 chapter\(s\) could not be read as MDX/);
  });

  it('names a chapter path that does not exist, rather than failing with a stack', () => {
    const result = lint('content/en/99-missing.mdx');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('content/en/99-missing.mdx does not exist');
  });

  it('says so when what it is given holds no chapter, rather than passing having checked nothing', () => {
    const result = lint('README.md');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('no .mdx chapter in README.md');
  });
});
