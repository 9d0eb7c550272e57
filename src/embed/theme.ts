/*
 * An embed's theme, chosen by its host in the snippet: ?theme=auto (the reader's own setting, as
 * the story follows it), light (the default: most host pages are light) or dark, and
 * ?transparent=true to let the host's background show. It runs inline in the head, before the
 * first paint, so the chart never flashes in the other theme; it works in a sandboxed frame too,
 * where module scripts may not load. It only ever writes one of the values it checked for. Its hash
 * is added to the page's CSP (theme-hash.ts). This module also runs in the story's browser code.
 */
export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export const EMBED_THEME_SCRIPT =
  "var q=new URLSearchParams(location.search),t=q.getAll('theme'),r=document.documentElement;" +
  "if(t.length==1&&/^(auto|light|dark)$/.test(t[0]))r.dataset.theme=t[0];" +
  "if(q.getAll('transparent').join()=='true')r.dataset.transparent='';";

/** The query an embed's snippet carries for the host's choice (nothing for the defaults). */
export function themeQuery(theme: EmbedTheme, transparent: boolean): string {
  const params = new URLSearchParams();
  if (theme !== 'light') params.set('theme', theme);
  if (transparent) params.set('transparent', 'true');
  const query = params.toString();
  return query ? `?${query}` : '';
}
