import { describe, expect, it } from 'vitest';
import { chapterOutline } from '../../src/authoring/chapter-outline';
import { checkParity } from '../../src/authoring/parity';
import { compileChapter } from './compile-chapter';

/* A journalist's typical mistakes, each pinned to the message and line the build gives for it. */
const FILE = 'content/zh/99-test.mdx';
const frontMatter = '---\ntitle: 测试\norder: 1\nlang: zh\nanchor: test\nsummary: 测试。\n---\n\n';
/** Compiles text that follows the front matter (which takes lines 1–8), as the build does. */
const chapter = (body: string) => () => compileChapter(frontMatter + body, FILE);
const mapBlock = (steps: string) => `<Scrolly scene="map">\n${steps}\n</Scrolly>\n`;

describe('a chapter holds prose and our components, nothing that runs or loads', () => {
  it('refuses an iframe, naming what the reader’s browser would load', () => {
    expect(chapter('Text.\n\n<iframe src="https://example.com/" />\n')).toThrow(
      `${FILE}:11: <iframe> is not allowed in a chapter (its src="https://example.com/" would make every reader's browser load it: the story loads nothing from another host). Chapters hold prose and our components; the HTML allowed is <em>, <strong>, <i>, <b>, <a>, <ul>, <ol>, <li>, <blockquote>, <br>, <abbr>`,
    );
  });

  it('refuses a tracking pixel, as HTML or as a Markdown image', () => {
    expect(chapter('A <img src="https://tracker.example/p.gif" /> b.\n')).toThrow(/99-test\.mdx:9: <img> is not allowed in a chapter \(its src="https:\/\/tracker\.example\/p\.gif" would make/);
    expect(chapter('A ![x](https://tracker.example/p.gif) b.\n')).toThrow(
      `${FILE}:9: the image https://tracker.example/p.gif would be loaded by every reader's browser; chapters hold no images (the story loads nothing from another host)`,
    );
  });

  it('refuses a script, an event handler and a javascript: link', () => {
    expect(chapter('<script>alert(1)</script>\n')).toThrow(/99-test\.mdx:9: <script> is not allowed in a chapter/);
    expect(chapter('A <a href="https://example.org/" onClick={() => 1}>link</a>.\n')).toThrow(`${FILE}:9: <a onClick…> is not allowed: it takes only href="…" and title="…"`);
    expect(chapter('A <a href="javascript:alert(1)">link</a>.\n')).toThrow(/99-test\.mdx:9: <a href="javascript:alert\(1\)"> is not a link a reader can follow safely: write a web address \(https:\/\/…\)/);
    expect(chapter('A [link](javascript:alert(1)).\n')).toThrow(/99-test\.mdx:9: the link javascript:alert\(1\) is not one a reader can follow safely/);
  });

  it('refuses MDX import, export and expressions: nothing runs at build', () => {
    expect(chapter('import os from "node:os"\n\nText.\n')).toThrow(
      `${FILE}:9: "import os from "node:os"": a chapter cannot import or export code; our components (<Scrolly>, <Step>, <Fact>, <Literal>, <Note>) need no import`,
    );
    expect(chapter('export const a = 1\n')).toThrow(/99-test\.mdx:9: "export const a = 1": a chapter cannot import or export code/);
    expect(chapter('Text.\n\n{os.hostname()}\n')).toThrow(`${FILE}:11: {os.hostname()} is code, and a chapter cannot run code: write the words themselves (a number as <Fact id="…" />); to show a brace, write \\{`);
    expect(chapter('Built on {new Date().getFullYear()}.\n')).toThrow(/99-test\.mdx:9: \{new Date\(\)\.getFullYear\(\)\} is code/);
  });

  it('accepts the HTML a writer needs, web links and comments', () => {
    const code = compileChapter(
      frontMatter +
        'An <em>emphasis</em>, <strong>strong</strong>, a <a href="https://example.org/" title="t">link</a>, [another](https://example.org/), a [place](#double-11),<br />and <abbr title="Organisation">Org.</abbr>\n\n<ul><li>one</li></ul>\n\n<blockquote>quote</blockquote>\n\n{/* a note to the editor */}\n',
      FILE,
    );
    expect(code).toContain('https://example.org/');
  });
});

describe('the build runs the unsourced-number check', () => {
  it('fails on a statistic typed into prose, with file, line and column', () => {
    expect(chapter('微信支付\n已有300家商户。\n')).toThrow(
      `${FILE}:10:3: a number outside <Fact>: “…已有300家商户。…”: put the statistic in data/facts.csv and write <Fact id="…" />, or wrap a year, a date or a name meant as written in <Literal>…</Literal>`,
    );
  });
});

describe('steps stand only directly inside a scroll block', () => {
  it('refuses a <Step> inside <Literal>, outside any <Scrolly>, or inside another <Step>', () => {
    expect(chapter('<Literal>\n<Step from={0}>\nA.\n</Step>\n</Literal>\n')).toThrow(`${FILE}:10: <Step> must sit directly inside a <Scrolly scene="…"> block, not inside <Literal>`);
    expect(chapter('<Step from={0}>\nA.\n</Step>\n')).toThrow(`${FILE}:9: <Step> must sit directly inside a <Scrolly scene="…"> block, not outside any <Scrolly>`);
    expect(chapter('<Scrolly scene="timer">\n  <Step from={0}>\n  A.\n\n  <Step from={10}>\n  B.\n  </Step>\n  </Step>\n</Scrolly>\n')).toThrow(
      `${FILE}:13: <Step> must sit directly inside a <Scrolly scene="…"> block, not inside another <Step>: close the first with </Step> before the next begins`,
    );
  });

  it('refuses a <Step> wrapped in a <div> (the <div> itself is not allowed)', () => {
    expect(chapter('<Scrolly scene="timer">\n<div>\n<Step from={0}>\nA.\n</Step>\n</div>\n</Scrolly>\n')).toThrow(/99-test\.mdx:10: <div> is not allowed in a chapter/);
  });

  it('reports a misspelt <Step> inside a <Scrolly> at its own line, as a misspelling', () => {
    expect(chapter('<Scrolly scene="timer">\n  <Step from={0}>\n  A.\n  </Step>\n  <Stpe from={10}>\n  B.\n  </Stpe>\n</Scrolly>\n')).toThrow(
      `${FILE}:13: <Stpe> is not a component chapters can use; they are: <Scrolly>, <Step>, <Fact>, <Literal>, <Note>. Inside a <Scrolly> each part is a <Step>`,
    );
  });

  it('reports text outside a step at the text’s line', () => {
    expect(chapter('<Scrolly scene="timer">\n  <Step from={0}>\n  A.\n  </Step>\n\n  Loose text.\n</Scrolly>\n')).toThrow(
      `${FILE}:14: everything inside <Scrolly> must be inside a <Step>; found text outside one`,
    );
  });
});

describe('a step’s props, in a journalist’s words, at the step’s line', () => {
  it('says how to write a place when it is a number', () => {
    expect(chapter(mapBlock('  <Step companies={["wechat"]} places={[124]}>\n  A.\n  </Step>\n  <Step companies={["wechat"]}>\n  B.\n  </Step>'))).toThrow(
      `${FILE}:10: <Step> for scene "map": places.0: a place is a three-digit ISO 3166-1 numeric id in quotes, e.g. places={["250"]} for France`,
    );
  });

  it('asks a step framing its places to name them', () => {
    expect(chapter(mapBlock('  <Step companies={["wechat"]} zoom="places">\n  A.\n  </Step>\n  <Step companies={["wechat"]}>\n  B.\n  </Step>'))).toThrow(
      `${FILE}:10: <Step> for scene "map": zoom: zoom="places" frames the places the step names: name them, e.g. places={["246", "410"]}`,
    );
  });

  it('names an unknown prop and lists the real ones', () => {
    expect(chapter('<Scrolly scene="timer">\n  <Step form={0}>\n  A.\n  </Step>\n</Scrolly>\n')).toThrow(
      `${FILE}:10: <Step> for scene "timer": from: must be a number of minutes, e.g. {115}; "form" is not a prop of this step; its props are: from, to`,
    );
  });

  it('names the file and line of a map block whose last step does not show the whole world', () => {
    expect(chapter(mapBlock('  <Step companies={["wechat"]}>\n  A.\n  </Step>\n  <Step companies={["wechat"]} zoom="europe">\n  B.\n  </Step>'))).toThrow(
      `${FILE}:13: <Step> 2 of the map block: the last step of a map must show the whole world (leave out zoom, or zoom="world"), not zoom="europe": it is what readers without JS see`,
    );
  });
});

describe('a translation cites the same facts as the original', () => {
  const timer = (lang: string, fact: string, prose = '') =>
    `---\ntitle: T\norder: 1\nlang: ${lang}\nanchor: timer\nsummary: S.\n---\n\n${prose}<Scrolly scene="timer">\n  <Step from={0}>\n  Orders: <Fact id="${fact}" />.\n  </Step>\n</Scrolly>\n`;
  const shape = (lang: string, fact: string, prose = '') => {
    const file = `content/${lang}/01-timer.mdx`;
    return { file, anchor: 'timer', order: 1, ...chapterOutline(timer(lang, fact, prose), file) };
  };

  it('fails a step that cites another fact than the original’s', () => {
    expect(() => checkParity([shape('zh', 'aliexpress.paidOrders')], [shape('en', 'wechatpay.merchants')], 'content/en/')).toThrow(
      'content/en/01-timer.mdx: line 9: step 1 of the timer block cites <Fact id="wechatpay.merchants" /> but the original\'s cites <Fact id="aliexpress.paidOrders" /> (compare content/zh/01-timer.mdx)',
    );
  });

  it('fails a paragraph that cites another fact, at its line, and accepts the same facts in another order', () => {
    const zh = shape('zh', 'aliexpress.paidOrders', 'A <Fact id="wechatpay.countries" /> and <Fact id="wechatpay.merchants" />.\n\n');
    const swapped = shape('en', 'aliexpress.paidOrders', 'B <Fact id="wechatpay.merchants" /> and <Fact id="wechatpay.countries" />.\n\n');
    expect(() => checkParity([zh], [swapped], 'content/en/')).not.toThrow();
    const wrong = shape('en', 'aliexpress.paidOrders', 'Intro.\n\nB <Fact id="wechatpay.merchants" /> and <Fact id="aliexpress.paidOrders" />.\n\n');
    expect(() => checkParity([zh], [wrong], 'content/en/')).toThrow(
      'content/en/01-timer.mdx: line 11: the paragraphs citing facts outside the scroll blocks differ at the 1st: it cites <Fact id="aliexpress.paidOrders" />, <Fact id="wechatpay.merchants" /> but the original\'s (line 9) cites <Fact id="wechatpay.countries" />, <Fact id="wechatpay.merchants" />',
    );
  });
});
