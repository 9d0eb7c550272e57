import { EMBED_THEMES, themeQuery, type EmbedTheme } from './theme';

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Shows the colour options beside each embed snippet (hidden without JS, which could not rewrite
 * the text) and writes the embedder's choice into the snippet's address.
 */
export function startThemeOptions(doc: Document = document): void {
  doc.querySelectorAll<HTMLElement>('[data-embed-code]').forEach((panel) => {
    const options = panel.querySelector<HTMLFieldSetElement>('[data-embed-options]');
    const text = panel.querySelector<HTMLElement>('[data-snippet]');
    const src = text?.dataset.src;
    if (!options || !text || !src) return;
    const write = () => {
      const chosen = options.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value as EmbedTheme | undefined;
      const theme = chosen && EMBED_THEMES.includes(chosen) ? chosen : 'light';
      const transparent = options.querySelector<HTMLInputElement>('[data-transparent]')?.checked ?? false;
      text.textContent = (text.textContent ?? '').replace(/ src="[^"]*"/, ` src="${attribute(src + themeQuery(theme, transparent))}"`);
    };
    options.addEventListener('change', write);
    // A reload may restore an earlier choice into the form: the text follows it.
    write();
    options.hidden = false;
  });
}
