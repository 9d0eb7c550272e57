/*
 * The shape of the house (docs/scenes.md): small files, no import circle, no casts around a
 * scene's state, a scroll layer that knows no scene.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENE_IDS } from '../../src/scenes/registry';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const sources = files('src').filter((file) => /\.(ts|astro|css)$/.test(file));
const text = (file: string) => readFileSync(file, 'utf8');

/** A file's relative imports, resolved to files of src/. */
function imports(file: string): string[] {
  return [...text(file).matchAll(/(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g)].flatMap(([, spec]) => {
    const base = resolve(dirname(file), spec);
    const found = [base, `${base}.ts`, `${base}/index.ts`].find((candidate) => sources.some((source) => resolve(source) === candidate));
    return found ? [found] : [];
  });
}

describe('the shape of the source', () => {
  it('keeps every file under src/ under 250 lines', () => {
    const long = sources.map((file) => [file, text(file).split('\n').length] as const).filter(([, lines]) => lines > 250);
    expect(long).toEqual([]);
  });

  it('has no import circle', () => {
    const graph = new Map(sources.map((file) => [resolve(file), imports(file)]));
    const circles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (path.includes(file)) return circles.push([...path.slice(path.indexOf(file)), file].map((f) => f.replace(`${process.cwd()}/`, '')).join(' → '));
      if (path.length > 40) return;
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
    };
    for (const file of graph.keys()) visit(file, []);
    expect(circles).toEqual([]);
  });

  it('casts no state: no "as never", no "as SceneDefinition"', () => {
    expect(sources.filter((file) => /\bas (never|SceneDefinition)\b/.test(text(file)))).toEqual([]);
  });

  it('keeps the data layer free of any scene’s name and of the scene system', () => {
    const layer = sources.filter((file) => file.startsWith('src/datasets/'));
    // Code only: a comment may give a fact id as an example.
    const code = (file: string) => text(file).replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(layer.filter((file) => /from '\.\.\/scenes\//.test(code(file)))).toEqual([]);
    const named = layer.flatMap((file) => SCENE_IDS.filter((id) => new RegExp(`['"\`/]${id}['"\`/.-]`).test(code(file))).map((id) => `${file}: ${id}`));
    expect(named).toEqual([]);
  });

  it('keeps the scroll layer free of any scene’s name and of the scene system', () => {
    const layers = sources.filter((file) => file.startsWith('src/scrolly/'));
    expect(layers.filter((file) => /from '\.\.\/scenes\//.test(text(file)))).toEqual([]);
    const named = layers.flatMap((file) => SCENE_IDS.filter((id) => new RegExp(`['"\`/]${id}['"\`/.-]`).test(text(file))).map((id) => `${file}: ${id}`));
    expect(named).toEqual([]);
  });
});
