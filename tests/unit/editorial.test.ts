import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFact } from '../../src/datasets/facts';
import { storyFacts } from '../../src/story/facts';

/*
 * Whose words are whose. The Chinese edition is the article itself; everything the story adds is
 * an editor's note (<Note>), shown in one style with its label. So, with the notes taken out, every
 * paragraph of a Chinese chapter must be the article's text, character for character.
 */
/** The article as published (a copy of the seed the story is built from). */
const SEED = 'docs/research/article.txt';
const article = () => readFileSync(SEED, 'utf8').replace(/<img[^>]*>/g, '\n');
const chapters = (lang: string) =>
  readdirSync(join('content', lang))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ file: `content/${lang}/${name}`, text: readFileSync(join('content', lang, name), 'utf8').replace(/^---[\s\S]*?\n---\n/, '') }));

const facts = storyFacts();
/** A chapter's prose as the page shows it, without the story's own notes. */
function articleWords(mdx: string): string[] {
  return mdx
    .replace(/<Note>[\s\S]*?<\/Note>/g, '\n\n')
    .replace(/<Fact id="([^"]+)"\s*\/>/g, (_, id: string) => formatFact(facts.get(id)!, 'zh'))
    .replace(/<\/?(Fact|Literal|Scrolly|Step)\b[^>]*>/g, '\n\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

describe('the story marks its own words', () => {
  it('keeps the article’s words in the Chinese edition, and adds only editor’s notes', () => {
    const seed = article();
    const added = chapters('zh').flatMap(({ file, text }) => articleWords(text).filter((paragraph) => !seed.includes(paragraph)).map((p) => `${file}: ${p}`));
    expect(added).toEqual([]);
  });

  it('fails a sentence the story adds without a note', () => {
    const seed = article();
    const mdx = '<Step from={0}>\n仅过了<Fact id="aliexpress.minutesTo10m" />，该平台的支付订单数就突破了<Fact id="aliexpress.paidOrders" />单。\n\n计数器按平均速度推算。\n</Step>';
    expect(articleWords(mdx).filter((p) => !seed.includes(p))).toEqual(['计数器按平均速度推算。']);
    expect(articleWords(mdx.replace('计数器按平均速度推算。', '<Note>计数器按平均速度推算。</Note>')).filter((p) => !seed.includes(p))).toEqual([]);
  });

  it('gives the English edition the same editor’s notes, chapter by chapter', () => {
    const count = (text: string) => (text.match(/<Note>/g) ?? []).length;
    const zh = chapters('zh').map(({ text }) => count(text));
    const en = chapters('en').map(({ text }) => count(text));
    expect(en).toEqual(zh);
    expect(zh.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(7);
  });

  it('writes no bold “编者注” or “Editor’s note” by hand: the label comes from <Note>', () => {
    const handwritten = ['zh', 'en'].flatMap((lang) => chapters(lang).filter(({ text }) => /\*\*(编者注|Editor’s note)/.test(text)).map(({ file }) => file));
    expect(handwritten).toEqual([]);
  });
});
