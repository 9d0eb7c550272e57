import { describe, expect, it } from 'vitest';
import { numbersIn } from '../../src/authoring/fact-wording';
import { compileChapter } from './compile-chapter';

/* The article's own wording inside <Fact>: it may round the row's number, never say another. */
const frontMatter = (lang: string) => `---\ntitle: Test\norder: 1\nlang: ${lang}\nanchor: test\nsummary: Test.\n---\n\n`;
const chapter = (lang: 'zh' | 'en', body: string) => () => compileChapter(frontMatter(lang) + body, `content/${lang}/99-test.mdx`);

describe('words inside a <Fact>', () => {
  it('reads 万, 亿 and million as multipliers', () => {
    expect(numbersIn('1000万单')).toEqual([1e7]);
    expect(numbersIn('5亿美元')).toEqual([5e8]);
    expect(numbersIn('US$500 million and 1,841')).toEqual([5e8, 1841]);
  });

  it('accepts the row’s number, a rounding that says so, and words without digits', () => {
    expect(chapter('zh', '上一次是<Fact id="kbank.previousLicenceYear">1992年</Fact>。\n')).not.toThrow();
    expect(chapter('zh', '这是<Fact id="kbank.yearsSinceLastApproval">20多年</Fact>来第一次。\n')).not.toThrow();
    expect(chapter('en', 'The first in <Fact id="kbank.yearsSinceLastApproval">20-odd years</Fact>.\n')).not.toThrow();
    expect(chapter('en', 'Some <Fact id="trust.worried">72%</Fact> worry.\n')).not.toThrow();
    expect(chapter('en', 'Nearly <Fact id="trust.worried">three in four</Fact> worry.\n')).not.toThrow();
    expect(chapter('zh', '<Fact id="aliexpress.saleStart">北京时间11日下午4点</Fact>开始。\n')).not.toThrow();
  });

  it('refuses a typo and the article’s wrong number, naming the file, the line and the way out', () => {
    expect(chapter('en', 'Text.\n\nOnly <Fact id="trust.worried">27%</Fact> worry.\n')).toThrow(
      'content/en/99-test.mdx:11: <Fact id="trust.worried">27%</Fact> says 27, but the row in data/facts.csv says 72%: the words would go out credited to its source. If the article wrote 27, keep its words as <Literal>27%</Literal> and give the row\'s figure in a <Note> with <Fact id="trust.worried" />; if it is a typo, write <Fact id="trust.worried" /> to show 72%.',
    );
    expect(chapter('zh', '老佛爷百货提前<Fact id="lafayette.daysBeforeDouble11">2日</Fact>推出。\n')).toThrow(/99-test\.mdx:9: <Fact id="lafayette\.daysBeforeDouble11">2日<\/Fact> says 2, but the row in data\/facts\.csv says 3/);
    expect(chapter('en', 'It launched <Fact id="lafayette.daysBeforeDouble11">two days</Fact> before.\n')).toThrow(/says 2, but the row in data\/facts\.csv says 3/);
    // A thousands comma only: "7,2%" is a decimal comma's 7.2, not 72.
    expect(chapter('en', 'Only <Fact id="trust.worried">7,2%</Fact> worry.\n')).toThrow(/says 7, 2, but the row/);
    // "some 48 years" doubles the row's 24; "20多年" is a floor under it, "over 30 years" a floor above it.
    expect(chapter('en', 'In <Fact id="kbank.yearsSinceLastApproval">some 48 years</Fact>.\n')).toThrow(/says 48, but the row in data\/facts\.csv says 24 \(too far for a rounding\)/);
    expect(chapter('en', 'In <Fact id="kbank.yearsSinceLastApproval">over 30 years</Fact>.\n')).toThrow(/says 30, but the row/);
    expect(chapter('en', '<Fact id="trust.worried">About 27%</Fact> worry.\n')).toThrow(/says 27, but the row in data\/facts\.csv says 72% \(too far for a rounding\)/);
  });
});
