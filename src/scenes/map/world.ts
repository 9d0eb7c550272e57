/*
 * On the story page the land and borders are not in the markup (world-file.ts): each map shows
 * them as a picture until its client brings them in. Fetched once per page, as the first map's
 * client mounts (its block is near), and put in the page's world <defs> beside the coloured
 * countries: from then on every map draws them as it drew them when they were inline, with the
 * page's colours, theme and zoom. The picture stays until then, so no frame lacks the land.
 */
let arrived: Promise<boolean> | undefined;

/*
 * The picture loads the same file first (the client mounts within a screen of the map; a lazy image
 * loads further ahead): read after it, the file comes from the browser's cache, even from a host
 * that sends no caching headers, rather than a second time over the network.
 */
const pictureSettled = (picture: HTMLImageElement) =>
  new Promise<void>((resolve) => {
    picture.loading = 'eager';
    if (picture.complete) return resolve();
    picture.addEventListener('load', () => resolve(), { once: true });
    picture.addEventListener('error', () => resolve(), { once: true });
  });

const bringWorld = async (picture: HTMLImageElement, ids: string[]): Promise<boolean> => {
  await pictureSettled(picture);
  const file = picture.currentSrc || picture.src;
  const response = await fetch(file, { cache: 'force-cache' });
  if (!response.ok) throw new Error(`map: ${file} answered ${response.status}`);
  // The file's style is for the picture; parsed here it would be an inline style, which the page's CSP refuses (and reports).
  const source = (await response.text()).replace(/<style>[^<]*<\/style>/, '');
  const parsed = new DOMParser().parseFromString(source, 'image/svg+xml');
  const defs = document.querySelector('defs.map__world');
  for (const id of ids) {
    const path = parsed.getElementById(id);
    if (defs && path?.localName === 'path' && !document.getElementById(id)) defs.append(document.importNode(path, true));
  }
  return ids.every((id) => document.getElementById(id));
};

/** Draws `svg`'s land and borders from the file its picture shows, if it has one; then the picture is hidden (data-land). */
export function drawWorld(svg: SVGSVGElement): void {
  const picture = svg.querySelector<HTMLImageElement>('.map__picture img');
  const uses = [...svg.querySelectorAll<SVGUseElement>('use[data-world]')];
  if (!picture || !uses.length) return;
  const ids = uses.map((use) => use.dataset.world!);
  arrived ??= bringWorld(picture, ids);
  arrived
    .then((drawn) => {
      // Without the land in the page (a file that did not parse), the picture keeps showing it.
      if (!drawn) return;
      for (const use of uses) use.setAttribute('href', `#${use.dataset.world}`);
      svg.dataset.land = '';
    })
    .catch((error) => console.error(error));
}
