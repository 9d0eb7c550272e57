import { attribute } from './snippet';
import { EMBED_THEMES, themeQuery, type EmbedTheme } from './theme';

/**
 * Writes the embedder's choice of colours, beside each embed snippet, into the snippet's address
 * (without JS, which could rewrite nothing, the options are not shown: EmbedCode.astro).
 */
export function startThemeOptions(doc: Document = document): void {
  doc.querySelectorAll<HTMLElement>('[data-embed-code]').forEach((panel) => {
    const options = panel.querySelector<HTMLFieldSetElement>('[data-embed-options]');
    const text = panel.querySelector<HTMLElement>('[data-snippet]');
    const src = text?.dataset.src;
    if (!options || !text || !src) return;
    // The code page's live preview is the snippet as pasted: it shows the colours chosen too.
    const preview = panel.closest('[data-code-page]')?.querySelector<HTMLIFrameElement>('[data-preview] iframe');
    // The address as the snippet's text spells it (escaped for an attribute), followed by its closing quote.
    let written = `${attribute(src)}"`;
    const write = () => {
      const chosen = options.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value as EmbedTheme | undefined;
      const theme = chosen && EMBED_THEMES.includes(chosen) ? chosen : 'light';
      const transparent = options.querySelector<HTMLInputElement>('[data-transparent]')?.checked ?? false;
      const chosenSrc = src + themeQuery(theme, transparent);
      const address = `${attribute(chosenSrc)}"`;
      text.textContent = (text.textContent ?? '').replace(written, address);
      written = address;
      if (preview && preview.getAttribute('src') !== chosenSrc) preview.setAttribute('src', chosenSrc);
    };
    options.addEventListener('change', write);
    // A reload may restore an earlier choice into the form: the text follows it.
    write();
  });
}
