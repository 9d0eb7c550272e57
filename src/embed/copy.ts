/** Shows each "copy" button beside an embed snippet (hidden without JS) and copies the snippet. */
export function startCopyButtons(doc: Document = document): void {
  doc.querySelectorAll<HTMLButtonElement>('[data-copy-snippet]').forEach((button) => {
    const text = button.closest('[data-embed-code]')?.querySelector<HTMLElement>('[data-snippet]');
    const status = button.nextElementSibling;
    if (!text || !status) return;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(text.textContent ?? '');
        status.textContent = button.dataset.copied ?? '';
      } catch {
        // No clipboard (an insecure page, a refused permission): the text is there to copy by hand.
        getSelection()?.selectAllChildren(text);
        status.textContent = button.dataset.failed ?? '';
      }
    });
    button.hidden = false;
  });
}
