import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptedHeight, chartId, datawrapperHeightMessage, heightMessage, heightRequest, isHeightRequest, pymHeightMessage } from '../../src/embed/protocol';
import { parseChildId, parseStep } from '../../src/embed/query';
import { embedSnippet } from '../../src/embed/snippet';
import { heightAt, snippetHeights } from '../../src/embed/heights';
import { heightSteps } from '../browser/height-table';
import { themeQuery } from '../../src/embed/theme';
import { blockAddress } from '../../src/embed/urls';
import { placesInChapter } from '../../src/authoring/scrollies';

describe('?step= on an embed page', () => {
  it('is a step of the chapter, counted from 1, given as a plain whole number', () => {
    expect(parseStep('?step=1', 3)).toBe(0);
    expect(parseStep('?step=3', 3)).toBe(2);
    expect(parseStep('step=2', 3)).toBe(1);
    expect(parseStep('?childId=a&step=2', 3)).toBe(1);
  });

  it('gives the default (null) for anything else', () => {
    const junk = ['', '?', '?step=', '?step=0', '?step=-1', '?step=4', '?step=999', '?step=02', '?step=1e1', '?step=1.5', '?step=+2',
      '?step=%202', '?step=2%00', '?step=%00', '?step=<script>alert(1)</script>', '?step=%3Cscript%3E', `?step=${'9'.repeat(5000)}`,
      `?step=${'x'.repeat(5000)}`, '?step=1&step=2', '?STEP=1', '?step[]=1', '?step=%E2%91%A0', '?step=٣'];
    for (const search of junk) expect(parseStep(search, 3), search.slice(0, 40)).toBeNull();
    expect(parseStep('?step=1', 0)).toBeNull();
  });
});

describe('?childId= (what a pym.js parent calls its child)', () => {
  it('is kept only when it is a plain id', () => {
    expect(parseChildId('?initialWidth=600&childId=story-chart_1&parentTitle=x')).toBe('story-chart_1');
    for (const search of ['', '?childId=', '?childId=<b>', '?childId=a%20b', `?childId=${'a'.repeat(65)}`, '?childId=a&childId=b']) {
      expect(parseChildId(search), search).toBeNull();
    }
  });
});

describe('the height protocol', () => {
  it('takes a sane height from our message, in whole pixels, clamped to 100–5000', () => {
    expect(acceptedHeight(heightMessage(432))).toBe(432);
    expect(acceptedHeight(heightMessage(432.2))).toBe(433);
    expect(acceptedHeight(heightMessage(0))).toBe(100);
    expect(acceptedHeight(heightMessage(40))).toBe(100);
    expect(acceptedHeight(heightMessage(6000))).toBe(5000);
  });

  it('refuses anything that is not a sane number in our message', () => {
    for (const height of ['432', NaN, Infinity, -Infinity, -1, 1e9, 100_001, null, undefined, [432], { px: 432 }, true]) {
      expect(acceptedHeight(heightMessage(height as number)), String(height)).toBeNull();
    }
    const others = [null, undefined, 432, '432', pymHeightMessage('a', 432), datawrapperHeightMessage('a', 432), heightRequest(),
      { ...heightMessage(432), protocol: 'pym' }, { ...heightMessage(432), kind: 'width' }];
    for (const data of others) expect(acceptedHeight(data)).toBeNull();
  });

  it('speaks pym.js and Datawrapper too', () => {
    expect(pymHeightMessage('chart-1', 432)).toBe('pymxPYMxchart-1xPYMxheightxPYMx432');
    expect(datawrapperHeightMessage('double11-timer', 432)).toEqual({ 'datawrapper-height': { 'double11-timer': 432 } });
    expect(isHeightRequest(heightRequest())).toBe(true);
    expect(isHeightRequest(heightMessage(1))).toBe(false);
  });
});

/** public/embed.js, run in a fake host page with the given iframes (loaded, or still on about:blank). */
function hostPage(frames: { src: string; loaded: boolean }[]) {
  const listeners: Record<string, ((event: unknown) => void)[]> = {};
  const listen = (type: string, listener: (event: never) => void) => (listeners[type] ??= []).push(listener as (event: unknown) => void);
  const asked: [string, unknown, string][] = [];
  const iframes = frames.map(({ src, loaded }) => {
    const contentWindow = {
      postMessage: (data: unknown, origin: string) => asked.push([src, data, origin]),
      // A loaded cross-origin frame's location cannot be read; a blank one's is about:blank.
      get location() {
        if (loaded) throw new Error('SecurityError: cross-origin');
        return { href: 'about:blank' };
      },
    };
    return { src, contentWindow, loading: 'lazy', style: {} as { height?: string; overflowAnchor?: string }, matches: (selector: string) => selector === 'iframe[data-double11-embed]' };
  });
  const idle: (() => void)[] = [];
  const window = { addEventListener: listen, requestIdleCallback: (callback: () => void) => idle.push(callback) };
  const context = {
    window,
    document: { querySelectorAll: (selector: string) => (selector === 'iframe[data-double11-embed]' ? iframes : []), addEventListener: listen },
    requestAnimationFrame: (callback: () => void) => callback(),
  };
  const script = readFileSync('public/embed.js', 'utf8');
  const run = () => runInNewContext(script, context);
  run();
  const send = (from: (typeof iframes)[number] | object, origin: string, data: unknown) => {
    for (const listener of listeners.message ?? []) listener({ data, source: 'contentWindow' in from ? from.contentWindow : from, origin });
  };
  const fire = (type: string, event: object = {}) => (listeners[type] ?? []).forEach((listener) => listener(event));
  return { iframes, listeners, asked, run, send, fire, idle };
}

describe('the host script (public/embed.js)', () => {
  const site = 'https://charts.example';

  it('sizes a marked iframe from its own window, whatever origin it landed on, clamped like the protocol', () => {
    const host = hostPage([{ src: `${site}/embed/double-11/timer/`, loaded: true }, { src: `http://apex.example/embed/privacy/trust/`, loaded: true }]);
    // Redirected to https://www.…, or sandboxed (origin "null"): the window is what counts.
    host.send(host.iframes[1], 'https://www.apex.example', heightMessage(432.2));
    expect(host.iframes.map((f) => f.style.height)).toEqual([undefined, '433px']);
    host.send(host.iframes[0], 'null', heightMessage(9000));
    expect(host.iframes[0].style.height).toBe('5000px');
  });

  it('leaves a frame it sizes out of the browser’s scroll anchoring, a snippet pasted before it said so too', () => {
    const host = hostPage([{ src: `${site}/embed/privacy/trust/`, loaded: true }]);
    host.send(host.iframes[0], site, heightMessage(622));
    expect(host.iframes[0].style).toEqual({ overflowAnchor: 'none', height: '622px' });
  });

  it('ignores other windows and insane heights', () => {
    const host = hostPage([{ src: `${site}/embed/double-11/timer/`, loaded: true }]);
    const [frame] = host.iframes;
    host.send({}, site, heightMessage(432));
    host.send({ postMessage: () => {} }, site, heightMessage(432));
    for (const height of ['432', NaN, Infinity, -1, 1e9, null, [432]]) host.send(frame, site, heightMessage(height as number));
    for (const data of [null, 432, pymHeightMessage('a', 432), datawrapperHeightMessage('a', 432), { height: 432 }]) host.send(frame, site, data);
    expect(frame.style.height).toBeUndefined();
  });

  it('weighs at most 2 KB gzipped, and needs nothing else', () => {
    const script = readFileSync('public/embed.js');
    expect(gzipSync(script, { level: 9 }).length).toBeLessThanOrEqual(2048);
    expect(script.toString()).not.toMatch(/\bimport\b|\brequire\(|https?:\/\//);
  });

  it('asks loaded charts to speak again (they may have spoken before it ran), and the others once they load', () => {
    const host = hostPage([{ src: `${site}/a/`, loaded: true }, { src: `${site}/lazy/`, loaded: false }]);
    // To any origin: the frame may have landed elsewhere, and a request is no secret.
    expect(host.asked).toEqual([[`${site}/a/`, heightRequest(), '*']]);
    host.fire('load', { target: host.iframes[1] });
    host.fire('load', { target: { matches: () => false } });
    expect(host.asked.map(([src]) => src)).toEqual([`${site}/a/`, `${site}/lazy/`]);
  });

  it('once the page has loaded, loads the lazy frames still waiting in idle time, so each is sized before the reader nears it', () => {
    const host = hostPage([{ src: `${site}/a/`, loaded: true }, { src: `${site}/far/`, loaded: false }]);
    expect(host.iframes.map((f) => f.loading)).toEqual(['lazy', 'lazy']);
    host.fire('load', { target: {} });
    expect(host.iframes.map((f) => f.loading), 'not before the page is idle').toEqual(['lazy', 'lazy']);
    host.idle.forEach((callback) => callback());
    expect(host.iframes.map((f) => f.loading)).toEqual(['eager', 'eager']);
  });

  it('asks again when the host page changes width, and listens once however often it is pasted', () => {
    const host = hostPage([{ src: `${site}/a/`, loaded: true }]);
    host.fire('resize');
    expect(host.asked).toHaveLength(2);
    host.run();
    host.run();
    expect(host.listeners.message).toHaveLength(1);
  });
});

describe('the snippet', () => {
  const timer = {
    src: new URL('https://news.example/graphics/double-11/embed/double-11/timer/'),
    script: new URL('https://news.example/graphics/double-11/embed.js'),
    title: 'Orders & "clocks" <3',
    chartId: chartId('double-11/timer'),
    lang: 'en',
    height: 530,
  };

  it('is an absolute, titled, lazy, full-width iframe left out of scroll anchoring, and the host script, with the title escaped', () => {
    expect(embedSnippet(timer)).toBe(
      '<iframe data-double11-embed id="datawrapper-chart-double11-double-11-timer" src="https://news.example/graphics/double-11/embed/double-11/timer/" title="Orders &amp; &quot;clocks&quot; &lt;3" width="100%" height="530" loading="lazy" style="border:0;overflow-anchor:none"></iframe>\n' +
        '<script src="https://news.example/graphics/double-11/embed.js" async></script>',
    );
  });

  it('gives the frame its height at the width of its column, step by step, in a class of its chart and edition', () => {
    const snippet = embedSnippet({ ...timer, steps: [[260, 700], [400, 12.5, 66.6667], [700, -3, 80]] });
    expect(snippet).toBe(
      '<style>.double11-double-11-timer-en{container-type:inline-size;width:100%}\n' +
        '.double11-double-11-timer-en iframe{\n' +
        '@container (width>=0px){height:700px}\n' +
        '@container (width>=399.5px){height:round(up,66.6667cqw + 12.5px,1px)}\n' +
        '@container (width>=699.5px){height:round(up,80cqw - 3px,1px)}\n' +
        '}</style>\n' +
        '<div class="double11-double-11-timer-en" style="overflow-anchor:none"><iframe data-double11-embed id="datawrapper-chart-double11-double-11-timer" src="https://news.example/graphics/double-11/embed/double-11/timer/" title="Orders &amp; &quot;clocks&quot; &lt;3" width="100%" height="530" loading="lazy" style="border:0;overflow-anchor:none"></iframe></div>\n' +
        '<script src="https://news.example/graphics/double-11/embed.js" async></script>',
    );
  });

  it('writes nothing but numbers and its class into its style', () => {
    expect(() => embedSnippet({ ...timer, steps: [[260, NaN]] })).toThrow(/not a number/);
    expect(() => embedSnippet({ ...timer, lang: 'en}</style><script>', steps: [[260, 700]] })).toThrow(/class/);
  });
});

describe('a snippet’s heights', () => {
  it('reads a step, flat or growing with the width and rounded up, at any width', () => {
    const steps = [[260, 700], [400, 12.5, 66.6667]] as const;
    expect([200, 260, 399, 400, 640].map((width) => heightAt(steps, width))).toEqual([700, 700, 700, 280, 440]);
  });

  it('are fitted to a chart’s heights measured at each whole px: few steps, exact at every width', () => {
    // Text that wraps at 300 px, then a drawing as wide as the column (2/3 as tall) above text that wraps at 350 px.
    const measured = Array.from({ length: 200 }, (_, i) => {
      const width = 260 + i;
      if (width < 300) return 520.25;
      return (width * 2) / 3 + (width < 350 ? 300.5 : 280.015625);
    });
    const steps = heightSteps(measured, 260);
    expect(steps.map(([from]) => from)).toEqual([260, 300, 350]);
    expect(measured.map((_, i) => heightAt(steps, 260 + i))).toEqual(measured.map((height) => Math.ceil(height)));
  });
});

describe('an embed’s address and options', () => {
  it('names a block by its chapter’s anchor and scene, and its place only when a chapter has two of that scene', () => {
    const places = placesInChapter([{ scene: 'map' }, { scene: 'timer' }, { scene: 'map' }]);
    expect(places).toEqual([1, 1, 2]);
    expect(['map', 'timer', 'map'].map((scene, i) => blockAddress('wechat-pay', scene, places[i]))).toEqual(['wechat-pay/map', 'wechat-pay/timer', 'wechat-pay/map-2']);
    expect(chartId('wechat-pay/map-2')).toBe('double11-wechat-pay-map-2');
  });

  it('starts a snippet at its measured heights, a map’s too, or a new block at the tallest of its scene at 640 px', () => {
    // The figures themselves are measured in the browser (embed-hosts.spec); here, how they are used.
    const maps = ['wechat-pay/map', 'shipbuilding/map'].map((address) => snippetHeights({ lang: 'en', address, scene: 'map' }));
    expect(new Set(maps.map(({ height }) => height)).size, 'two measured map blocks keep their own heights').toBe(2);
    for (const { steps, height } of maps) expect(heightAt(steps, 640)).toBe(height);
    const unmeasured = snippetHeights({ lang: 'en', address: 'once-more/map', scene: 'map' });
    expect(unmeasured).toEqual({ steps: [], height: Math.max(...maps.map(({ height }) => height), snippetHeights({ lang: 'en', address: 'map', scene: 'map' }).height) });
    const trust = snippetHeights({ lang: 'en', address: 'privacy/trust', scene: 'trust' });
    expect(trust.steps.length).toBeGreaterThan(10);
    expect(heightAt(trust.steps, 640)).toBe(trust.height);
  });

  it('carries a theme other than the default, and transparency, in the query', () => {
    expect(themeQuery('light', false)).toBe('');
    expect(themeQuery('dark', false)).toBe('?theme=dark');
    expect(themeQuery('auto', true)).toBe('?theme=auto&transparent=true');
  });
});
