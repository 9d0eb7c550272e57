// npm run lint:content [FOLDER or FILE…]: lists every statistic in chapter prose that is not bound to a
// fact (see unbound-numbers.ts), and fails when there is one. Runs on Node's own TypeScript support.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findUnboundNumbers, type UnboundNumber } from './unbound-numbers.ts';

const chapters = (path: string): string[] =>
  statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => chapters(join(path, name))) : path.endsWith('.mdx') ? [path] : [];

const roots = process.argv.length > 2 ? process.argv.slice(2) : ['content'];
const missing = roots.filter((path) => !existsSync(path));
if (missing.length) {
  for (const path of missing) console.log(`lint:content: ${path} does not exist (give chapter files or folders, or nothing for content/)`);
  process.exit(1);
}
const files = roots.flatMap(chapters);
if (!files.length) {
  console.log(`lint:content: no .mdx chapter in ${roots.join(', ')}`);
  process.exit(1);
}
let count = 0;
let unreadable = 0;
for (const file of files) {
  let found: UnboundNumber[];
  try {
    found = findUnboundNumbers(readFileSync(file, 'utf8'));
  } catch (error) {
    // The MDX parser says where ("27:1: Unexpected closing tag…") but not in which file: a journalist
    // with ten chapters open needs the file first, as the build's own error gives it.
    unreadable++;
    const message = error instanceof Error ? error.message : String(error);
    console.log(/^\d+:\d+: /.test(message) ? `${file}:${message}` : `${file}: ${message}`);
    continue;
  }
  for (const { line, column, text } of found) {
    count++;
    console.log(`${file}:${line}:${column}: a number outside <Fact>: “…${text}…”`);
  }
}
if (count) {
  console.log(`\n${count} unbound number(s) in ${files.length} chapters. Put a statistic in data/facts.csv and write <Fact id="…" />;`);
  console.log('wrap a year, a date or a name that is meant as written in <Literal>…</Literal>.');
}
if (unreadable) console.log(`\n${unreadable} chapter(s) could not be read as MDX: fix the place named above (often a tag left open or closed twice).`);
if (count || unreadable) process.exit(1);
console.log(`lint:content: ${files.length} chapters, 0 unbound numbers`);
