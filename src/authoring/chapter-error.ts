/** A mistake in a chapter, said so that a journalist can find and fix it: file, line, what is valid. */
export class ChapterError extends Error {
  constructor(file: string, line: number | undefined, problem: string) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`);
    this.name = 'ChapterError';
  }
}
