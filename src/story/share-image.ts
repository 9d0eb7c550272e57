import { handAngles, handEnd } from '../scenes/timer/layout';

/*
 * The picture link previews show, drawn at build time (no outside service): the timer's two clocks
 * at 19:50 Beijing and 03:50 Pacific over a full order bar. It holds no text, so that it renders the
 * same whatever fonts the build machine has; the words travel in og:title and og:description.
 */
const clock = (cx: number, cy: number, hours: number, minutes: number) => {
  const angles = handAngles(hours, minutes);
  const [hx, hy] = handEnd(angles.hour, 95);
  const [mx, my] = handEnd(angles.minute, 150);
  const ticks = Array.from({ length: 12 }, (_, i) => {
    const [x1, y1] = handEnd(i * 30, 160);
    const [x2, y2] = handEnd(i * 30, i % 3 ? 172 : 182);
    return `<line x1="${cx + x1}" y1="${cy + y1}" x2="${cx + x2}" y2="${cy + y2}" stroke="#1a1a1a" stroke-width="6"/>`;
  }).join('');
  return `<circle cx="${cx}" cy="${cy}" r="195" fill="#fff" stroke="#1a1a1a" stroke-width="10"/>${ticks}
    <line x1="${cx}" y1="${cy}" x2="${cx + hx}" y2="${cy + hy}" stroke="#1a1a1a" stroke-width="18" stroke-linecap="round"/>
    <line x1="${cx}" y1="${cy}" x2="${cx + mx}" y2="${cy + my}" stroke="#b3001b" stroke-width="11" stroke-linecap="round"/>
    <circle cx="${cx}" cy="${cy}" r="12" fill="#1a1a1a"/>`;
};

export function shareImage(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
    <rect width="1200" height="630" fill="#f6f1ea"/>
    ${clock(330, 270, 19, 50)}
    ${clock(870, 270, 3, 50)}
    <rect x="100" y="520" width="1000" height="40" rx="20" fill="#b3001b"/>
  </svg>`;
}
