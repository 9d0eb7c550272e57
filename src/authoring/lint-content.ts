// npm run lint:content [FOLDER or FILE…]: lists every statistic in chapter prose that is not bound to a
// fact (see unbound-numbers.ts), and fails when there is one. Runs on Node's own TypeScript support.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findUnboundNumbers } from './unbound-numbers.ts';

const chapters = (path: string): string[] =>
  statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => chapters(join(path, name))) : path.endsWith('.mdx') ? [path] : [];

const folders = process.argv.slice(2);
const files = (folders.length ? folders : ['content']).flatMap(chapters);
let count = 0;
for (const file of files) {
  for (const { line, column, text } of findUnboundNumbers(readFileSync(file, 'utf8'))) {
    count++;
    console.log(`${file}:${line}:${column}: a number outside <Fact>: “…${text}…”`);
  }
}
if (count) {
  console.log(`\n${count} unbound number(s) in ${files.length} chapters. Put a statistic in data/facts.csv and write <Fact id="…" />;`);
  console.log('wrap a year, a date or a name that is meant as written in <Literal>…</Literal>.');
  process.exit(1);
}
console.log(`lint:content: ${files.length} chapters, 0 unbound numbers`);
