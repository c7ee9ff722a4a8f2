// InterviewReader: small enhancements on top of pages that work without JavaScript.
// 1. The URL's fragment follows the passage in view, and the language links carry it,
//    so switching language (or sharing the address) keeps the reader's place.
// 2. The section and passage link controls copy the full link to the clipboard.
// 3. Sentences: pointing at one marks it and its translation; a link to one marks both; in a
//    one-language view a click, tap or Enter shows its translation beside it; keyboard shortcuts.
(() => {
  "use strict";

  const reader = document.querySelector(".reader");
  if (!reader) {
    return;
  }

  const targets = Array.from(reader.querySelectorAll("section[id], .row[id]"));
  const keepPlaceLinks = Array.from(document.querySelectorAll("a[data-keep-place]"));
  let lastId = location.hash.slice(1);
  // Where the page was when the reader last named a passage (a link, a copy, a sentence): until
  // they scroll from there, the named passage stays the place while any of it is on screen.
  let namedAt = -1;

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
      if (onScreen(top) && (window.scrollY === namedAt || atEnd || top < window.innerHeight / 2 || neverReachesLine(top))) {
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
      namedAt = window.scrollY;
      carryPlace();
    }
  });
  window.addEventListener("hashchange", () => {
    lastId = location.hash.slice(1);
    namedAt = window.scrollY;
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
    copy(location.href, link);
  });

  // Copies a URL and says so; the link that asked for it (if any) shows it for a moment.
  const copy = (url, link) => navigator.clipboard && navigator.clipboard.writeText(url).then(() => {
    clearTimeout(copiedTimer);
    if (copied) {
      delete copied.dataset.state;
    }
    copied = link;
    if (link) {
      link.dataset.state = "copied";
    }
    // Side by side the page holds the words in each language, each part with its lang, so a
    // screen reader says each in its own voice; a page in one language says it in the link's.
    const voices = document.getElementById("link-copied-label");
    const any = link || reader.querySelector(".copy-link");
    if (voices) {
      status.removeAttribute("lang");
      status.replaceChildren(...Array.from(voices.childNodes, (node) => node.cloneNode(true)));
    } else if (any) {
      const voice = any.closest("[lang]");
      status.lang = voice ? voice.lang : "";
      status.textContent = any.dataset.copied;
    }
    copiedTimer = setTimeout(() => {
      if (link) {
        delete link.dataset.state;
      }
      status.textContent = "";
      copied = null;
    }, 2000);
  }, () => { /* clipboard refused: the link itself still works */ });

  // ---- 3. Sentences. Every sentence is an element with data-s naming its bead (the sentences that
  // translate each other): all of a bead's sentences, in every language, share it. An empty .s-gap
  // with the bead's data-s stands where a language has none, and says so (data-none) when marked.
  // Pointing at or focusing a sentence marks its bead ("on"); clicking, tapping, Enter, j or k, or
  // a link to it chooses it ("hit"), and the address, the language links and the row's copy link
  // then name it. In a one-language view choosing a sentence shows its translation beside it, taken
  // from the row's <template> (the other languages' sentences, in the page, so nothing is fetched);
  // Esc or a second tap closes it. Marks are backgrounds and outlines only: nothing moves.
  const single = reader.classList.contains("single");
  const sentences = Array.from(reader.querySelectorAll(".s[data-s]"));
  const beadOf = (element) => element.dataset.s;
  const beads = [...new Set(sentences.map(beadOf))];
  const membersOf = (bead, root = reader) => Array.from(root.querySelectorAll(`[data-s="${CSS.escape(bead)}"]`));
  const marked = { on: [], hit: [] };
  const mark = (kind, bead) => {
    if (marked[kind].bead === bead) {
      return;
    }
    for (const element of marked[kind]) {
      element.classList.remove(kind);
    }
    marked[kind] = bead ? membersOf(bead) : [];
    marked[kind].bead = bead;
    for (const element of marked[kind]) {
      element.classList.add(kind);
      // A gap's note opens towards the middle of its cell, so it never sticks out past the column.
      const cell = element.classList.contains("s-gap") && element.closest(".cell");
      if (cell) {
        const box = cell.getBoundingClientRect();
        element.classList.toggle("end", element.getBoundingClientRect().left - box.left > box.width / 2);
      }
    }
  };
  const sentenceAt = (node) => node instanceof Element ? node.closest(".s[data-s]") : null;

  // What a screen reader is told: a translation shown, or the counterpart of a sentence stepped to.
  const said = document.createElement("p");
  said.className = "visually-hidden";
  said.setAttribute("aria-live", "polite");
  reader.append(said);
  // The words of these elements, each in its lang: a sentence's text, or what a gap says.
  const wordsOf = (elements) => elements.flatMap((element, i) => {
    const part = document.createElement("span");
    const voice = element.closest("[lang]");
    part.lang = voice ? voice.lang : "";
    part.append(...(element.classList.contains("s-gap")
      ? [element.dataset.none || ""]
      : Array.from(element.childNodes, (node) => node.cloneNode(true))));
    return i ? [" ", part] : [part];
  });

  // Only one sentence is in the tab order (it moves with the keyboard): the text is not a row of stops.
  let roving = sentences[0];
  if (roving) {
    roving.tabIndex = 0;
  }
  const focusOn = (element) => {
    if (roving !== element) {
      roving.tabIndex = -1;
      element.tabIndex = 0;
      roving = element;
    }
    element.focus({ preventScroll: true });
  };

  // Scrolls the least that shows all of a bead below the sticky bar (its first part if it cannot).
  const reveal = (elements) => {
    const boxes = elements.map((element) => element.getBoundingClientRect());
    const top = Math.min(...boxes.map((box) => box.top));
    const height = Math.max(...boxes.map((box) => box.bottom)) - top;
    const below = (bar && !("static" in bar.dataset) ? bar.getBoundingClientRect().bottom : 0) + 16;
    const room = window.innerHeight - below - 16;
    // (A pixel's slack: the browser's own jump to a link stops at scroll-margin, about "below".)
    if (top < below - 2 || top + height > below + room) {
      window.scrollBy(0, top - below - Math.max(0, (room - height) / 2));
    }
  };

  let chosen = "";
  let rowLink = null;
  const choose = (bead) => {
    mark("hit", bead);
    chosen = bead;
    if (rowLink) {
      rowLink.setAttribute("href", rowLink.dataset.href);
      rowLink = null;
    }
    const named = bead ? document.getElementById(bead) : null;
    if (!named) {
      return;
    }
    // The row's copy link offers the sentence's link while it is chosen.
    const row = named.closest(".row");
    rowLink = row ? row.querySelector(":scope > .passage-link") : null;
    if (rowLink) {
      rowLink.dataset.href = rowLink.dataset.href || rowLink.getAttribute("href");
      rowLink.setAttribute("href", "#" + bead);
    }
    lastId = bead;
    namedAt = window.scrollY;
    if (location.hash.slice(1) !== bead) {
      history.replaceState(history.state, "", withFragment(location.href, bead));
    }
    carryPlace();
  };

  let shown = null;
  const closeTranslation = () => {
    if (shown) {
      shown.remove();
      shown = null;
    }
  };
  const translate = (element) => {
    closeTranslation();
    const row = element.closest(".row");
    const template = row && row.querySelector(":scope > template");
    const others = template ? membersOf(beadOf(element), template.content) : [];
    if (!others.length) {
      return;
    }
    shown = document.createElement("span");
    shown.className = "translation" + (element.classList.contains("doubt") ? " doubt" : "");
    shown.dataset.for = beadOf(element);
    shown.append(...wordsOf(others));
    const own = membersOf(beadOf(element)).filter((e) => e.parentElement === element.parentElement);
    own[own.length - 1].after(shown);
    said.replaceChildren(...wordsOf(others));
  };

  // A click or tap on a sentence (not on a link in it, nor ending a selection) chooses it; again, lets it go.
  // Every click counts, however soon after the last (a quick second tap closes): a double-click that
  // selects a word has a selection by its second click, and is left alone by the isCollapsed check.
  const activate = (element) => {
    const bead = beadOf(element);
    focusOn(element);
    if (single ? shown && shown.dataset.for === bead : bead === chosen) {
      closeTranslation();
      choose("");
      return;
    }
    choose(bead);
    if (single) {
      translate(element);
    }
  };
  reader.addEventListener("click", (event) => {
    const element = sentenceAt(event.target);
    if (element && !event.target.closest("a") && getSelection().isCollapsed) {
      activate(element);
    }
  });
  reader.addEventListener("pointerover", (event) => {
    if (event.pointerType !== "touch") {
      const element = sentenceAt(event.target);
      mark("on", element ? beadOf(element) : "");
    }
  });
  reader.addEventListener("pointerleave", () => mark("on", ""));
  reader.addEventListener("focusin", (event) => {
    const element = sentenceAt(event.target);
    mark("on", element ? beadOf(element) : "");
  });

  // A link to a sentence marks its bead in every language and brings all of it into view.
  const linked = () => {
    const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    return target && target.dataset.s ? beadOf(target) : "";
  };
  if (linked()) {
    choose(linked());
    document.fonts.ready.then(() => reveal(membersOf(chosen)));
  }
  window.addEventListener("hashchange", () => {
    if (linked()) {
      choose(linked());
    }
  });

  // From the chosen sentence, the focused one, or the first on screen, to the next or previous bead.
  const columnOf = (element) => {
    const cell = element.closest(".cell");
    return cell ? Array.prototype.indexOf.call(cell.parentElement.children, cell) : 0;
  };
  const step = (by) => {
    const from = sentenceAt(document.activeElement);
    let at = beads.indexOf(from ? beadOf(from) : chosen);
    if (at < 0) {
      const below = bar ? bar.getBoundingClientRect().bottom : 0;
      const first = sentences.find((element) => element.getBoundingClientRect().top >= below);
      at = first ? beads.indexOf(beadOf(first)) - (by > 0 ? 1 : 0) : -1;
    }
    const bead = beads[Math.min(Math.max(at + by, 0), beads.length - 1)];
    if (!bead) {
      return;
    }
    const members = membersOf(bead);
    const own = members.filter((element) => element.matches(".s"));
    const element = own.find((e) => from && columnOf(e) === columnOf(from)) || own[0];
    closeTranslation();
    focusOn(element);
    choose(bead);
    reveal(members);
    if (!single) {
      said.replaceChildren(...wordsOf(members.filter((e) => e.closest(".cell") !== element.closest(".cell"))));
    }
  };

  // Keyboard shortcuts, listed in the ? dialog; never while typing in a field, nor with a modifier.
  const help = document.getElementById("keyboard-help");
  const hint = document.getElementById("keyboard-hint");
  if (hint) {
    hint.hidden = false;
  }
  const views = Array.from(document.querySelectorAll(".language-toggle a[data-keep-place]"));
  views.forEach((link, i) => link.setAttribute("aria-keyshortcuts", String(i + 1)));
  if (help) {
    help.addEventListener("click", (event) => {
      if (event.target === help || event.target.closest("[data-close]")) {
        help.close();
      }
    });
  }
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || (help && help.open)
      || target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) {
      return;
    }
    const key = event.key;
    if (key === "j" || key === "k") {
      step(key === "j" ? 1 : -1);
    } else if (key === "Enter" && sentenceAt(target) === target) {
      activate(target);
    } else if (key === "Escape" && (chosen || shown)) {
      closeTranslation();
      choose("");
    } else if (key === "c") {
      copy(location.href, rowLink);
    } else if (key === "?" && help) {
      help.showModal();
    } else if (/^[1-9]$/.test(key) && views[key - 1]) {
      views[key - 1].click();
    } else {
      return;
    }
    event.preventDefault();
  });
})();
