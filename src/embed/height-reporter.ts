import { datawrapperHeightMessage, heightMessage, isHeightRequest, pymHeightMessage } from './protocol';
import { parseChildId } from './query';

/**
 * Tells the page that frames this one how tall `content` is, whenever that changes (a
 * ResizeObserver, never a timer), in our protocol and in pym.js's and Datawrapper's. The target
 * origin is '*': an embed may be framed by any site and cannot know which, and a height is no
 * secret. It is the host's job to believe only the frame it placed (public/embed.js does).
 */
export function reportHeight(content: HTMLElement, chartId: string): void {
  if (window.parent === window) return;
  const host = window.parent;
  const childId = parseChildId(location.search) ?? chartId;
  let told = -1;

  const tell = (always: boolean) => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === told && !always) return;
    told = height;
    host.postMessage(heightMessage(height), '*');
    host.postMessage(pymHeightMessage(childId, height), '*');
    host.postMessage(datawrapperHeightMessage(chartId, height), '*');
  };

  new ResizeObserver(() => tell(false)).observe(content);
  // A host script that ran after this page first spoke asks again; only the framing page may ask.
  window.addEventListener('message', (event) => {
    if (event.source === host && isHeightRequest(event.data)) tell(true);
  });
}
