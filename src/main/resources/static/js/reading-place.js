// The reader's place, kept in their history so that "Resume" on any device returns to it: the
// paragraph at the top of the window, sent a few seconds after scrolling stops and when the page
// is left (the page's own form, with its CSRF token). A page opened at #place-N (Resume's address)
// brings the chapter's N-th paragraph into view. Without this script the chapter is still recorded.
(function () {
  "use strict";
  var chapters = Array.prototype.slice.call(document.querySelectorAll("#chapters div.chapter[id^='chapter-']"));
  if (!chapters.length) {
    return;
  }

  function paragraphs(chapter) {
    return chapter.querySelectorAll(".userstuff.module p");
  }

  var asked = /^#place-(\d{1,6})$/.exec(window.location.hash);
  if (asked && chapters.length === 1) {
    var target = paragraphs(chapters[0])[Number(asked[1])];
    if (target) {
      target.scrollIntoView();
    }
  }

  var form = document.getElementById("reading-place");
  if (!form || !window.URLSearchParams || !window.FormData) {
    return;
  }
  var sent = form.getAttribute("data-chapter") + "." + form.getAttribute("data-paragraph");

  function current() {
    for (var c = 0; c < chapters.length; c++) {
      var all = paragraphs(chapters[c]);
      for (var p = 0; p < all.length; p++) {
        if (all[p].getBoundingClientRect().bottom > 0) {
          return { chapter: chapters[c].id.slice("chapter-".length), paragraph: p };
        }
      }
    }
    return null;
  }

  function save() {
    var place = current();
    if (!place || place.chapter + "." + place.paragraph === sent) {
      return;
    }
    sent = place.chapter + "." + place.paragraph;
    form.elements.chapter.value = place.chapter;
    form.elements.paragraph.value = String(place.paragraph);
    var body = new URLSearchParams(new FormData(form));
    if (navigator.sendBeacon) {
      navigator.sendBeacon(form.action, body);
    } else if (window.fetch) {
      window.fetch(form.action, { method: "POST", body: body, credentials: "same-origin", keepalive: true });
    }
  }

  var waiting = null;
  window.addEventListener("scroll", function () {
    if (waiting) {
      window.clearTimeout(waiting);
    }
    waiting = window.setTimeout(function () { waiting = null; save(); }, 3000);
  }, { passive: true });
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") {
      save();
    }
  });
  window.addEventListener("pagehide", save);
})();
