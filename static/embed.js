// puljeberegner host script: makes each embedded calculator iframe as tall as its
// content, so the host page never shows a scrollbar inside it. Include once per page:
//   <iframe data-puljeberegner src="https://…/?embed=1" title="…" width="100%"
//           height="1200" frameborder="0"></iframe>
// The iframe has no scrolling="no": without this script (many editors' systems strip
// <script>) the frame scrolls, so the whole calculator can be reached. Once the script
// has given the frame its content's height, it turns the frame's scrolling off.
//   <script src="https://…/embed.js" defer></script>
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'puljeberegner:height' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-puljeberegner]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      // Only the calculator's own iframe, and only from the origin it was loaded from.
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, window.location.href).origin !== event.origin) continue;
      var height = Math.ceil(Math.min(Math.max(data.height, 0), 100000));
      frame.style.height = height + 'px';
      frame.setAttribute('scrolling', 'no');
    }
  });
})();
