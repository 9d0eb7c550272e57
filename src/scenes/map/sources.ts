import type { SceneSources } from '../contract';

/** The map draws every row of data/expansions.csv, plus the article's own claim for WeChat Pay and the figures that test it. */
export const mapSources: SceneSources = {
  name: (lang) => ({ zh: '出海地图', en: 'The map' })[lang],
  rows: ['expansions.', 'wechatpay.', 'lafayette.'],
};
