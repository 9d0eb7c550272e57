import type { Company } from './layout';

/**
 * The id of a legend swatch's fill: the hatching, or a set of companies' checkerboard, at a fixed
 * scale. Every map of a page keys the same fills, so the page's first map defines them
 * (MapPatterns.astro) and every legend refers to those, as to the world's outlines (issue 24).
 */
export const legendFillId = (mix?: Company[]) => (mix ? `map-key-mix-${mix.join('-')}` : 'map-key-weak');
