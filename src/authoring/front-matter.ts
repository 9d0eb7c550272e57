import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ChapterError } from './chapter-error';

const FENCE = /^---\s*$/;
const EXAMPLE = 'A chapter begins with its fields between two lines of three dashes:\n---\ntitle: …\norder: 1\nlang: zh\nanchor: …\nsummary: …\n---';

/**
 * The fences around a chapter's front matter, checked before its fields are: without the first
 * `---`, Astro reads no front matter at all and reports every field missing, in markup.
 */
export function frontMatterProblem(source: string): { line: number; problem: string } | undefined {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (FENCE.test(lines[0])) {
    const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
    if (close < 0) return { line: 1, problem: `the front matter opened here is never closed: put a line of three dashes (---) after its last field. ${EXAMPLE}` };
    return undefined;
  }
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first > 0 && FENCE.test(lines[first])) {
    return { line: 1, problem: `the file starts with ${first === 1 ? 'a blank line' : `${first} blank lines`}: the front matter's first --- must be the very first line` };
  }
  const fence = lines.findIndex((line) => FENCE.test(line));
  if (fence > 0 && lines.slice(0, fence).some((line) => /^\w+:/.test(line))) {
    return { line: 1, problem: `the front matter has no opening ---: put a line of three dashes above "${lines[0].trim()}". ${EXAMPLE}` };
  }
  return { line: 1, problem: `the chapter has no front matter. ${EXAMPLE}` };
}

/** Throws a ChapterError (file, line) when a chapter file's front matter fences are wrong. */
export function checkFrontMatterFile(path: string): void {
  const problem = frontMatterProblem(readFileSync(path, 'utf8'));
  if (problem) throw new ChapterError(relative(process.cwd(), path), problem.line, problem.problem);
}
