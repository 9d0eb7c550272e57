import { formatDuration } from '../../i18n/format';
import { isLang } from '../../i18n/lang';
import type { MountScene } from '../contract';
import { clockText, counterText, handAngles, handEnd, isEstimate, minuteAt, timerFrame, wallTime, type OrderTimer, type TimerStep } from './layout';

/** Moves the hands, the counter and the bar of the timer the build rendered. */
export const mount: MountScene<TimerStep> = (root) => {
  const host = root.querySelector<HTMLElement>('[data-timer]');
  if (!host) throw new Error('timer: the figure has no [data-timer] element');
  const { lang: rawLang, offsets, ...timer } = JSON.parse(host.dataset.timer ?? '{}') as OrderTimer & { lang: string; offsets: Record<'beijing' | 'pacific', number> };
  const lang = isLang(rawLang) ? rawLang : 'zh';
  const counter = host.querySelector<HTMLElement>('[data-counter]')!;
  const figure = counter.parentElement!;
  const elapsed = host.querySelector<HTMLElement>('[data-elapsed]')!;
  const bar = host.querySelector<SVGRectElement>('[data-bar]')!;
  const clocks = (['beijing', 'pacific'] as const).map((zone) => ({
    zone,
    text: host.querySelector<HTMLElement>(`[data-clock="${zone}"]`)!,
    hour: host.querySelector<SVGLineElement>(`[data-hand="${zone}-hour"]`)!,
    minute: host.querySelector<SVGLineElement>(`[data-hand="${zone}-minute"]`)!,
  }));
  let shown = -1;

  /*
   * The counter changes in every frame of a scroll: its text node is rewritten in place, and only
   * when the words change, so the browser reflows one line instead of replacing layout objects.
   */
  const write = (element: HTMLElement, text: string) => {
    const node = element.firstChild;
    if (node instanceof Text && node === element.lastChild) {
      if (node.data !== text) node.data = text;
    } else element.textContent = text;
  };

  const setHand = (line: SVGLineElement, angle: number, length: number) => {
    const [x, y] = handEnd(angle, length);
    line.setAttribute('x2', String(x));
    line.setAttribute('y2', String(y));
  };

  return {
    update(state, progress) {
      const frame = timerFrame(timer, minuteAt(state, progress));
      if (frame.orders === shown) return;
      shown = frame.orders;
      counter.dataset.value = String(frame.orders);
      figure.toggleAttribute('data-estimate', isEstimate(timer, frame.orders));
      write(counter, counterText(frame.orders, lang));
      write(elapsed, formatDuration(Math.floor(frame.minute), lang));
      bar.setAttribute('width', String(Math.round(frame.share * 1000) / 10));
      for (const clock of clocks) {
        const wall = wallTime(frame.at, offsets[clock.zone]);
        const angles = handAngles(wall.hours, wall.minutes);
        write(clock.text, clockText(wall));
        setHand(clock.hour, angles.hour, 22);
        setHand(clock.minute, angles.minute, 34);
      }
    },
    resize() {},
    destroy() {},
  };
};
