import { resolve } from 'node:path';

/** A mistake in a chapter, said so that a journalist can find and fix it: file, line, what is valid. */
export class ChapterError extends Error {
  /** Where Astro's error report and dev overlay point (1-based line of the whole file). */
  readonly loc?: { file: string; line: number; column: number };
  /** Read by the MDX plugin, which reports a compile error at err.line and err.column. */
  readonly line?: number;
  readonly column?: number;
  constructor(file: string, line: number | undefined, problem: string, column?: number) {
    super(`${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ${problem}`);
    this.name = 'ChapterError';
    if (line) {
      this.loc = { file: resolve(file), line, column: column ?? 1 };
      this.line = line;
      this.column = column ?? 1;
    }
  }
}
