import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../src/i18n/lang';
import { fontStack, textWidth } from '../../src/pictures/fonts';
import { rasterize, shownText } from '../../src/pictures/rasterize';
import { textContent, textLines } from '../../src/pictures/text';

/* One line of an edition's text, drawn as the pictures draw it. */
async function drawn(line: string, lang: Lang, weight: 400 | 700 = 400) {
  const { markup } = textLines([line], 10, 10, { size: 40, weight, fill: '#000000', lang });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="80" xml:lang="${lang}" style="font-family:${fontStack(lang)}"><rect width="100%" height="100%" fill="#ffffff"/>${markup}</svg>`;
  const { data, info } = await sharp(await rasterize(svg, shownText(svg))).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Columns `from`..`to` of two drawings are the same pixels. */
function sameColumns(a: Awaited<ReturnType<typeof drawn>>, b: Awaited<ReturnType<typeof drawn>>, from: number, to: number) {
  let differing = 0;
  for (let y = 0; y < a.height; y++) for (let x = from; x < to; x++) if (a.data[y * a.width + x] !== b.data[y * b.width + x]) differing++;
  return differing;
}

describe('the pictures’ faces', () => {
  test('English quotes and apostrophes are the Latin face’s, narrow; Chinese ones the CJK face’s, full width', () => {
    expect(textWidth('’', 40, 400, 'en')).toBeLessThan(40 * 0.35);
    expect(textWidth('“', 40, 400, 'en')).toBeLessThan(40 * 0.5);
    expect(textWidth('“', 40, 400, 'zh')).toBeCloseTo(40, 0);
  });

  test('a run the first face cannot draw names the face that can; the rest is left to the edition’s stack', () => {
    expect(textContent('Paid with 微信支付 in Paris', 'en')).toBe(`Paid with <tspan style="font-family:'Noto Sans S Chinese','Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC',sans-serif">微信支付 </tspan>in Paris`);
    expect(textContent('“双11”在巴黎 & <b>', 'zh')).toBe('“双11”在巴黎 &amp; &lt;b&gt;');
  });

  for (const weight of [400, 700] as const) {
    test(`an English line that names a Chinese word keeps its Latin quotes (weight ${weight})`, async () => {
      // resvg sets a whole line in a fallback face that can draw all of it: the CJK face can.
      const latin = '“Double 11” isn’t';
      const [alone, mixed] = await Promise.all([drawn(latin, 'en', weight), drawn(`${latin} 双十一`, 'en', weight)]);
      const end = Math.ceil(10 + textWidth(latin, 40, weight, 'en'));
      expect(sameColumns(alone, mixed, 0, end)).toBe(0);
      // And the Chinese word is drawn at all.
      expect(sameColumns(alone, mixed, end + 12, end + 100)).toBeGreaterThan(100);
    });
  }

  test('a character neither face can draw is an error naming it, not a box in the picture', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" xml:lang="en"><text>Up 😀</text></svg>';
    await expect(rasterize(svg, shownText(svg))).rejects.toThrow(/cannot draw "😀"/);
  });

  test('a picture with words that does not say their language is an error, not a guess', async () => {
    await expect(rasterize('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>Hi</text></svg>', 'Hi')).rejects.toThrow(/xml:lang/);
  });
});
