import { datawrapperHeightMessage, heightMessage, isHeightRequest, pymHeightMessage } from './protocol';
import { parseChildId } from './query';

/**
 * Tells the page that frames this one how tall `content` is, at once and whenever that changes, in
 * our protocol and in pym.js's and Datawrapper's. The target origin is '*': an embed may be framed
 * by any site and cannot know which, and a height is no secret. It is the host's job to believe only
 * the frame it placed (public/embed.js does). Returns a function that says the height now.
 */
export function reportHeight(content: HTMLElement, chartId: string): () => void {
  if (window.parent === window) return () => {};
  const host = window.parent;
  const childId = parseChildId(location.search) ?? chartId;
  let told = -1;

  // Reading the box forces a layout, so the height is known as soon as the page is parsed, without
  // waiting for a rendering frame: Chromium runs none in a cross-origin frame that is off-screen
  // (so no ResizeObserver callback there), yet still runs its scripts and messages.
  const tell = (always: boolean) => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === told && !always) return;
    told = height;
    host.postMessage(heightMessage(height), '*');
    host.postMessage(pymHeightMessage(childId, height), '*');
    host.postMessage(datawrapperHeightMessage(chartId, height), '*');
  };

  tell(true);
  // Changes seen while the frame is rendered (a new width, a step that re-flows the text).
  new ResizeObserver(() => tell(false)).observe(content);
  // The host asks when the frame has loaded and when its own width changes: an off-screen frame
  // answers from a task, where the ResizeObserver above would wait for a frame that never comes.
  window.addEventListener('message', (event) => {
    if (event.source === host && isHeightRequest(event.data)) tell(true);
  });
  return () => tell(false);
}
