/** The id of the page's first map's notes, every row's; a further map's notes name it (MapNotes.astro). */
export const NOTES_ID = 'map-notes';

/**
 * Completes a further map's notes, built with only those its drawn state shows, with copies of the
 * first map's, hidden until a step names them, in the rows' order: then its view and tooltip find
 * a note for every row, as on the first map. A first map's notes, complete, are left as they are.
 */
export function borrowNotes(host: ParentNode): void {
  const list = host.querySelector<HTMLElement>('[data-notes]');
  const from = list?.dataset.notes;
  if (!list || !from) return;
  const first = list.ownerDocument.getElementById(from);
  if (!first) throw new Error(`a map's notes are those of #${from}, which is not on the page`);
  const own = new Map([...list.querySelectorAll<HTMLElement>('[data-note]')].map((note) => [note.dataset.note, note]));
  list.replaceChildren(
    ...[...first.querySelectorAll<HTMLElement>('[data-note]')].map((note) => {
      const kept = own.get(note.dataset.note);
      if (kept) return kept;
      const copy = note.cloneNode(true) as HTMLElement;
      copy.hidden = true;
      return copy;
    }),
  );
}
