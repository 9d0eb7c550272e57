/**
 * For journalists previewing a chapter (`npm run dev`, then add ?debug to the address): draws the
 * trigger line and shows each block's name, step and progress as the page scrolls. Only the dev
 * server includes it; a built story never does.
 */
export function debugOverlay(block: HTMLElement): (index: number, progress: number, trigger: number) => void {
  const line = document.createElement('div');
  const label = document.createElement('output');
  line.className = 'scrolly-debug-line';
  label.className = 'scrolly-debug-label';
  for (const el of [line, label]) {
    Object.assign(el.style, { position: 'fixed', left: '0', right: '0', zIndex: '1000', pointerEvents: 'none' });
  }
  Object.assign(line.style, { borderTop: '2px dashed #d400aa' });
  Object.assign(label.style, { right: 'auto', padding: '2px 6px', font: '12px/1.4 monospace', background: '#d400aa', color: '#fff' });
  block.append(line, label);
  return (index, progress, trigger) => {
    const top = `${Math.round(trigger * 100)}vh`;
    const { top: blockTop, bottom } = block.getBoundingClientRect();
    const here = blockTop <= innerHeight * trigger && bottom >= innerHeight * trigger;
    // Only the block the trigger line is in speaks, so that several blocks never overprint.
    line.style.display = label.style.display = here ? 'block' : 'none';
    line.style.top = label.style.top = top;
    label.value = `${block.dataset.scrolly} · step ${index} · progress ${progress.toFixed(2)}`;
  };
}

export const debugRequested = () => new URLSearchParams(location.search).has('debug');
