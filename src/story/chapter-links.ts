/** How long "copied" stays on screen; screen readers have announced it by then. */
const STATUS_MS = 5000;

/**
 * Turns each chapter's plain link into a "copy link" button. Without JS the link stays: it goes to
 * the chapter, and the address bar then holds the chapter's URL.
 */
export function startChapterLinks(doc: Document = document): void {
  doc.querySelectorAll<HTMLElement>('[data-chapter-link]').forEach((holder) => {
    const link = holder.querySelector<HTMLAnchorElement>('a');
    const button = holder.querySelector<HTMLButtonElement>('button');
    const status = holder.querySelector<HTMLElement>('[role="status"]');
    if (!link || !button || !status) return;
    let clear = 0;
    const say = (text: string) => {
      status.textContent = text;
      clearTimeout(clear);
      clear = window.setTimeout(() => (status.textContent = ''), STATUS_MS);
    };
    button.addEventListener('click', async () => {
      // The chapter's address on whatever host and path the story is read at, sub-path included.
      const url = new URL(link.href);
      try {
        await navigator.clipboard.writeText(url.href);
        say(button.dataset.copied ?? '');
      } catch {
        // No clipboard (an insecure page, a refused permission): the address bar gets the link.
        location.hash = url.hash;
        say(button.dataset.failed ?? '');
      }
    });
    link.hidden = true;
    button.hidden = false;
  });
}
