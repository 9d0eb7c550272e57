import { describe, expect, it } from 'vitest';
import { frontMatterProblem } from '../../src/authoring/front-matter';

const fields = 'title: T\norder: 1\nlang: zh\nanchor: t\nsummary: S.\n';

describe('a chapter’s front-matter fences', () => {
  it('accepts fields between two lines of three dashes', () => {
    expect(frontMatterProblem(`---\n${fields}---\n\nText.\n`)).toBeUndefined();
    expect(frontMatterProblem(`\uFEFF---\r\n${fields.replace(/\n/g, '\r\n')}---\r\n`)).toBeUndefined();
  });

  it('names a missing opening ---, a missing closing --- and blank lines above the front matter', () => {
    expect(frontMatterProblem(`${fields}---\n\nText.\n`)?.problem).toMatch(/^the front matter has no opening ---: put a line of three dashes above "title: T"\. A chapter begins with its fields between two lines of three dashes:\n---\ntitle: …/);
    expect(frontMatterProblem(`---\n${fields}\nText.\n`)?.problem).toMatch(/^the front matter opened here is never closed: put a line of three dashes \(---\) after its last field/);
    expect(frontMatterProblem(`\n---\n${fields}---\n`)).toEqual({ line: 1, problem: "the file starts with a blank line: the front matter's first --- must be the very first line" });
    expect(frontMatterProblem('Just text.\n')?.problem).toMatch(/^the chapter has no front matter\. A chapter begins/);
  });
});
