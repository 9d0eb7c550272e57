/** Phones fold the contents at load, leaving the first screen to the story. */
const PHONE = '(max-width: 720px)';

/**
 * The contents are open in the markup, so a reader without JS always sees them; on a phone the
 * script folds them, and the summary opens them again.
 */
export function foldContentsOnPhones(doc: Document = document): void {
  if (!matchMedia(PHONE).matches) return;
  doc.querySelectorAll<HTMLDetailsElement>('details[data-contents]').forEach((details) => {
    details.open = false;
  });
}
