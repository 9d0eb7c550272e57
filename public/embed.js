/*
 * Sizes the story's embedded charts to their content, at every width, shrinking as well as growing.
 * Paste-safe: any number of copies may run; only one listens. It sizes only iframes marked
 * data-double11-embed, believes a height only from that iframe's own window at that iframe's own
 * origin, and applies only a sane number. The protocol is typed in src/embed/protocol.ts.
 */
(function () {
  'use strict';
  var PROTOCOL = 'double-11-embed';
  var MIN = 100;
  var MAX = 5000;
  var ABSURD = 100000;
  if (window.double11EmbedHost) return;
  window.double11EmbedHost = true;

  function frames() {
    return document.querySelectorAll('iframe[data-double11-embed]');
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch (error) {
      return null;
    }
  }

  function saneHeight(data) {
    if (!data || data.protocol !== PROTOCOL || data.kind !== 'height') return null;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 0 || height > ABSURD) return null;
    return Math.min(MAX, Math.max(MIN, Math.ceil(height)));
  }

  window.addEventListener('message', function (event) {
    var height = saneHeight(event.data);
    if (height === null) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow === event.source && originOf(frame) === event.origin) {
        frame.style.height = height + 'px';
        return;
      }
    }
  });

  // Charts that loaded before this script ran have spoken already: ask them again.
  var list = frames();
  for (var i = 0; i < list.length; i++) {
    var origin = originOf(list[i]);
    if (origin && origin !== 'null' && list[i].contentWindow) {
      list[i].contentWindow.postMessage({ protocol: PROTOCOL, version: 1, kind: 'request-height' }, origin);
    }
  }
})();
