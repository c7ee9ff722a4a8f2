// InterviewReader: small enhancements on top of pages that work without JavaScript.
// 1. The URL's fragment follows the passage in view, and the language links carry it,
//    so switching language (or sharing the address) keeps the reader's place.
// 2. The section and passage link controls copy the full link to the clipboard.
(() => {
  "use strict";

  const reader = document.querySelector(".reader");
  if (!reader) {
    return;
  }

  const targets = Array.from(reader.querySelectorAll("section[id], .row[id]"));
  const keepPlaceLinks = Array.from(document.querySelectorAll("a[data-keep-place]"));
  let lastId = location.hash.slice(1);

  const bar = document.querySelector(".reader-bar");

  // The bar stays on screen only while it is a small part of it: large text or a short screen
  // (a phone on its side) make it tall, and it then scrolls away with the page (site.css).
  const maxBarShare = 0.12;

  // Targets stop below the sticky bar, however tall larger text or a wrapped toggle makes it
  // (site.css reads --bar-height; without JavaScript it assumes the usual height).
  const fitBar = () => {
    if (!bar) {
      return;
    }
    const height = bar.getBoundingClientRect().height;
    const sticks = height <= maxBarShare * window.innerHeight;
    if (sticks === "static" in bar.dataset) {
      if (sticks) {
        delete bar.dataset.static;
      } else {
        bar.dataset.static = "";
      }
    }
    const covers = sticks ? height : 0;
    // Set only when it differs from site.css's default (3.5rem + 3px): setting it restyles every target.
    const usual = 3.5 * parseFloat(getComputedStyle(document.documentElement).fontSize) + 3;
    const set = document.documentElement.style.getPropertyValue("--bar-height");
    if (Math.abs(covers - usual) > 1 || set) {
      document.documentElement.style.setProperty("--bar-height", covers + "px");
    }
    const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    const top = target ? target.getBoundingClientRect().top : 0;
    if (target && sticks && top < covers - 1 && top > -covers) {
      target.scrollIntoView();
    }
  };
  fitBar();
  if (bar && "ResizeObserver" in window) {
    new ResizeObserver(fitBar).observe(bar);
  }
  // The share depends on the screen's height too (turning a phone): the bar's size may not change.
  window.addEventListener("resize", fitBar, { passive: true });

  // The passage in view: the last target whose top has passed a line a fifth of the way down
  // (and below the sticky language bar). The passage named by the address is kept while its top
  // is still on screen, so opening a link to a section does not rename it to its first paragraph.
  // The last passages can never scroll up to that line: at the very end of the page, the named
  // passage is kept wherever it shows, and otherwise the last passage on screen is the one.
  const idInView = () => {
    const barBottom = bar ? bar.getBoundingClientRect().bottom : 0;
    const line = Math.max(window.innerHeight / 5, barBottom + 8);
    const atEnd = window.scrollY > 0 && window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    const onScreen = (top) => top >= barBottom - 1 && top < window.innerHeight;
    // True when no scrolling can bring this top up to the line: the page ends first.
    const maxScroll = document.documentElement.scrollHeight - window.innerHeight;
    const neverReachesLine = (top) => top + window.scrollY - line > maxScroll - 2;
    const named = lastId ? document.getElementById(lastId) : null;
    if (named) {
      const top = named.getBoundingClientRect().top;
      if (onScreen(top) && (atEnd || top < window.innerHeight / 2 || neverReachesLine(top))) {
        return lastId;
      }
    }
    let current = "";
    for (const element of targets) {
      const top = element.getBoundingClientRect().top;
      if (top > line && !(atEnd && onScreen(top))) {
        break;
      }
      current = element.id;
    }
    return current;
  };

  const withFragment = (href, id) => href.split("#")[0] + (id ? "#" + id : "");

  // The language links carry the passage in view, so switching keeps the reader's place.
  const carryPlace = () => {
    for (const link of keepPlaceLinks) {
      link.href = withFragment(link.href, lastId);
    }
  };

  const update = () => {
    const id = idInView();
    if (id === lastId) {
      return;
    }
    lastId = id;
    history.replaceState(history.state, "", withFragment(location.href, id));
    carryPlace();
  };

  let scheduled = false;
  window.addEventListener("scroll", () => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        update();
      });
    }
  }, { passive: true });

  carryPlace();

  // A link within the page (contents, a section or passage link) names its target: keep that name
  // while the target is on screen, rather than the first paragraph that happens to be in view.
  // The click comes before the jump and its scroll events; hashchange covers back and forward.
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    const id = link ? link.getAttribute("href").slice(1) : "";
    if (id && document.getElementById(id)) {
      lastId = id;
      carryPlace();
    }
  });
  window.addEventListener("hashchange", () => {
    lastId = location.hash.slice(1);
    carryPlace();
  });

  // "Link copied", shown over the language bar (never over the text) and announced.
  const status = document.createElement("p");
  status.className = "copy-status";
  status.setAttribute("role", "status");
  (bar || document.body).append(status);
  let copied = null;
  let copiedTimer = 0;

  reader.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest(".copy-link") : null;
    if (!link || !navigator.clipboard) {
      return;
    }
    // Copy without jumping: the address names the passage and it becomes the highlighted target
    // (:target follows only a fragment navigation, not history.replaceState), but the page stays
    // where the reader is. The navigation scrolls synchronously; putting the scroll back before
    // the next frame means it is never seen. (The document's click listener, which runs next,
    // makes it the place the language links carry.)
    event.preventDefault();
    const x = window.scrollX;
    const y = window.scrollY;
    location.replace("#" + link.getAttribute("href").slice(1));
    window.scrollTo(x, y);
    const url = location.href;
    navigator.clipboard.writeText(url).then(() => {
      clearTimeout(copiedTimer);
      if (copied) {
        delete copied.dataset.state;
      }
      copied = link;
      link.dataset.state = "copied";
      // Side by side the page holds the words in each language, each part with its lang, so a
      // screen reader says each in its own voice; a page in one language says it in the link's.
      const voices = document.getElementById("link-copied-label");
      if (voices) {
        status.removeAttribute("lang");
        status.replaceChildren(...Array.from(voices.childNodes, (node) => node.cloneNode(true)));
      } else {
        const voice = link.closest("[lang]");
        status.lang = voice ? voice.lang : "";
        status.textContent = link.dataset.copied;
      }
      copiedTimer = setTimeout(() => {
        delete link.dataset.state;
        status.textContent = "";
        copied = null;
      }, 2000);
    }, () => { /* clipboard refused: the link itself still works */ });
  });
})();
