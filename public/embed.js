/*
 * Sizes the story's embedded charts to their content, at every width, shrinking as well as growing.
 * Paste-safe: any number of copies may run; only one listens. It sizes only iframes marked
 * data-double11-embed, believes a height only from that iframe's own window, and applies only a
 * sane number. The protocol is typed in src/embed/protocol.ts.
 */
(function () {
  'use strict';
  var PROTOCOL = 'double-11-embed';
  var MIN = 100;
  var MAX = 5000;
  var ABSURD = 100000;
  var MARKED = 'iframe[data-double11-embed]';
  if (window.double11EmbedHost) return;
  window.double11EmbedHost = true;

  function saneHeight(data) {
    if (!data || data.protocol !== PROTOCOL || data.kind !== 'height') return null;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 0 || height > ABSURD) return null;
    return Math.min(MAX, Math.max(MIN, Math.ceil(height)));
  }

  // The window, not the address: event.source is the frame's own window whatever origin it landed
  // on (a src that redirects http→https or apex→www, a sandboxed frame whose origin is "null"), and
  // no other page can post as that window. Comparing event.origin with the src refused all of those.
  window.addEventListener('message', function (event) {
    var height = saneHeight(event.data);
    if (height === null) return;
    var list = document.querySelectorAll(MARKED);
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow === event.source) {
        // Out of scroll anchoring, so the reader's text stays when a frame crossing the top of the
        // screen grows (src/embed/snippet.ts); for snippets pasted before their style said so.
        list[i].style.overflowAnchor = 'none';
        list[i].style.height = height + 'px';
        return;
      }
    }
  });

  // A chart says its height once it has laid out, and it may have said it before this script ran
  // (or to the frame's blank first document): ask again. The request is no secret, so it goes to
  // any origin ('*'); naming the src's origin failed loudly in the console for frames not loaded yet
  // or redirected elsewhere.
  function ask(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ protocol: PROTOCOL, version: 1, kind: 'request-height' }, '*');
  }

  // A frame still on its initial about:blank (a lazy frame far from the viewport) has no chart to
  // ask yet; a loaded cross-origin frame's location cannot be read at all.
  function loaded(frame) {
    try {
      return frame.contentWindow.location.href !== 'about:blank';
    } catch (error) {
      return true;
    }
  }

  // Frames load later (lazy ones as they near the viewport): a frame's load event bubbles to no
  // one, but a capturing listener on the document hears every one, frames added later included.
  document.addEventListener(
    'load',
    function (event) {
      if (event.target.matches && event.target.matches(MARKED)) ask(event.target);
    },
    true,
  );

  function askLoaded() {
    var list = document.querySelectorAll(MARKED);
    for (var i = 0; i < list.length; i++) if (loaded(list[i])) ask(list[i]);
  }
  askLoaded();

  // A lazy frame loads only as the reader nears it, and its snippet's height is its chart's in one
  // column width: it was resized as the reader reached it, often on screen, or, far from where the
  // page opened, never sized before the reader came. Once this page has loaded, the frames still
  // waiting load in idle time, off screen, where each says its height before anyone sees it.
  function loadWaiting() {
    var list = document.querySelectorAll(MARKED);
    for (var i = 0; i < list.length; i++) if (list[i].loading === 'lazy') list[i].loading = 'eager';
  }
  function whenIdle() {
    if (window.requestIdleCallback) window.requestIdleCallback(loadWaiting, { timeout: 2000 });
    else window.setTimeout(loadWaiting, 0);
  }
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle);

  // A new width re-flows every chart, and a chart scrolled out of view gets no rendering frame in
  // which to notice (Chromium throttles off-screen cross-origin frames): asking runs a task in it,
  // which reads its box afresh. After the host's own next frame, so the frames have their new width.
  window.addEventListener('resize', function () {
    requestAnimationFrame(askLoaded);
  });
})();
