/** Makes each "copy" button beside an embed snippet copy it (without JS the button is not shown: EmbedCode.astro). */
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
  });
}
