import type { EmbedSpec } from '../../embed/spec';
import { loadExpansions } from './data';
import { MAP_LABELS } from './labels';
import { COMPANIES, type MapStep } from './layout';

/** On its own, the map offers one button per step, named after the places (or companies) it shows. */
export const mapEmbed: EmbedSpec<MapStep> = {
  title: (lang) => MAP_LABELS[lang].title,
  controls: {
    kind: 'steps',
    label: (step, _index, lang) => {
      const labels = MAP_LABELS[lang];
      if (!step.places && COMPANIES.every((company) => step.companies.includes(company))) return labels.everything;
      if (!step.places) return step.companies.map((company) => labels.companies[company]).join(lang === 'zh' ? '、' : ', ');
      const rows = loadExpansions();
      const names = step.places.map((id) => rows.find((row) => row.id === id)).map((row) => (row ? (lang === 'zh' ? row.name_zh : row.name_en) : ''));
      return names.filter(Boolean).join(lang === 'zh' ? '、' : ', ');
    },
  },
};
