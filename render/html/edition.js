// The HTML edition's script. The pages read fine without it (notes are listed
// at each chapter's end, links go both ways); it adds the diplomatic-view
// switch, the emendation pop-up and notes read in place. Text from the
// edition is only ever copied as text or cloned as nodes, never parsed as HTML.
// On search.html it also runs the search (MiniSearch, over search-index.js).
(function () {
  'use strict';

  var root = document.documentElement;
  root.classList.add('js');

  // ---- How the text is marked: the apparatus views and the diplomatic view. ----
  // Views: 'reading' (no marks), 'substantive' (all but the silent classes:
  // the default, also without script), 'all'. The diplomatic view shows the
  // OCR's readings, every one marked. Both choices survive a reload and carry
  // from page to page (localStorage; where it is refused, for this page only).
  var VIEW_KEY = 'emend-view';
  var MARKS_KEY = 'emend-marks';
  function remembered(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function remember(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* private mode */ }
  }
  var toggle = document.getElementById('view-toggle');
  var marksControl = document.getElementById('marks');
  var marks = 'substantive';

  function isMarked(choice) {
    if (root.classList.contains('diplomatic') || marks === 'all') return true;
    if (marks === 'reading') return false;
    return !choice.classList.contains('silent');
  }
  // Only marked emendations are reached with Tab: a clean reading text is
  // not a thousand tab stops.
  function updateFocusable() {
    document.querySelectorAll('.choice').forEach(function (choice) {
      if (isMarked(choice)) choice.tabIndex = 0; else choice.removeAttribute('tabindex');
    });
  }
  function setMarks(value) {
    if (value !== 'reading' && value !== 'all') value = 'substantive';
    marks = value;
    root.classList.toggle('marks-reading', value === 'reading');
    root.classList.toggle('marks-all', value === 'all');
    if (marksControl) {
      marksControl.querySelectorAll('input[name="marks"]').forEach(function (input) {
        input.checked = input.value === value;
      });
    }
    updateFocusable();
  }
  function setDiplomatic(on) {
    root.classList.toggle('diplomatic', on);
    if (toggle) toggle.setAttribute('aria-pressed', on ? 'true' : 'false');
    updateFocusable();
  }
  setMarks(remembered(MARKS_KEY));
  if (marksControl) {
    marksControl.hidden = false;
    marksControl.addEventListener('change', function (event) {
      if (event.target.name !== 'marks') return;
      setMarks(event.target.value);
      remember(MARKS_KEY, marks);
    });
  }
  if (toggle) {
    toggle.hidden = false;
    setDiplomatic(remembered(VIEW_KEY) === 'diplomatic');
    toggle.addEventListener('click', function () {
      var on = toggle.getAttribute('aria-pressed') !== 'true';
      setDiplomatic(on);
      remember(VIEW_KEY, on ? 'diplomatic' : 'corrected');
    });
  }

  // Reference managers want the PDF's full address: the page has it relative.
  document.querySelectorAll('meta[name="citation_pdf_url"]').forEach(function (meta) {
    try { meta.content = new URL(meta.content, window.location.href).href; } catch (e) { /* keep it */ }
  });

  // Places a pop-up below (or, without room, above) an element of the text.
  function placeNear(popup, target) {
    var box = target.getBoundingClientRect();
    popup.style.left = '0px';
    popup.style.top = '0px';
    var width = popup.offsetWidth;
    var height = popup.offsetHeight;
    var left = Math.min(box.left, document.documentElement.clientWidth - width - 8);
    var top = box.bottom + 6;
    if (top + height > window.innerHeight && box.top - height - 6 > 0) top = box.top - height - 6;
    popup.style.left = Math.max(8, left) + window.scrollX + 'px';
    popup.style.top = top + window.scrollY + 'px';
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // ---- Emendations: what the OCR read, the class, the certainty. ----
  var tip = element('div', 'popup emend-tip');
  tip.id = 'emend-tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  document.body.appendChild(tip);
  var tipFor = null;

  function readingOf(choice, part) {
    var node = choice.querySelector(':scope > .' + part);
    return node ? node.textContent : '';
  }

  function row(list, term, value, reading) {
    list.appendChild(element('dt', '', term));
    var dd = element('dd', reading ? 'reading' : '', value);
    list.appendChild(dd);
    return dd;
  }

  function showTip(choice) {
    if (tipFor === choice) return;
    tipFor = choice;
    tip.textContent = '';
    var proposed = choice.classList.contains('proposed');
    if (proposed) tip.appendChild(element('p', 'proposal', 'Proposed, not applied'));
    var list = element('dl');
    row(list, 'OCR read', readingOf(choice, 'sic') || '(nothing)', true);
    var corr = choice.querySelector(':scope > .corr');
    var reading = row(list, proposed ? 'Proposed' : 'Emended', readingOf(choice, 'corr') || '(deleted)', true);
    if (corr && corr.lang) reading.lang = corr.lang;
    row(list, 'Class', choice.getAttribute('data-type') || 'unknown');
    var cert = choice.getAttribute('data-cert') || 'unknown';
    var who = choice.getAttribute('data-resp');
    row(list, 'Certainty', who ? cert + ' (' + who + ')' : cert);
    tip.appendChild(list);
    tip.hidden = false;
    choice.setAttribute('aria-describedby', 'emend-tip');
    placeNear(tip, choice);
  }

  function hideTip() {
    if (!tipFor) return;
    tipFor.removeAttribute('aria-describedby');
    tipFor = null;
    tip.hidden = true;
  }

  document.addEventListener('focusin', function (event) {
    var choice = event.target.closest && event.target.closest('.choice');
    if (choice && isMarked(choice)) showTip(choice); else hideTip();
  });
  document.addEventListener('focusout', function (event) {
    if (event.target === tipFor) hideTip();
  });
  document.addEventListener('mouseover', function (event) {
    var choice = event.target.closest && event.target.closest('.choice');
    if (choice && isMarked(choice)) showTip(choice);
    else if (tipFor && document.activeElement !== tipFor) hideTip();
  });

  // ---- Notes read in place: a reference opens its note beside the text. ----
  var popup = element('div', 'popup note-popup');
  popup.id = 'note-popup';
  popup.setAttribute('role', 'dialog');
  popup.tabIndex = -1;
  popup.hidden = true;
  document.body.appendChild(popup);
  var openedFrom = null;

  function closeNote(returnFocus) {
    if (popup.hidden) return;
    popup.hidden = true;
    if (returnFocus && openedFrom) openedFrom.focus();
    if (openedFrom) openedFrom.setAttribute('aria-expanded', 'false');
    openedFrom = null;
  }

  function openNote(ref) {
    var id = decodeURIComponent(ref.hash.slice(1));
    var note = document.getElementById(id);
    var text = note && note.querySelector('.fn-text');
    if (!text) return false;
    if (openedFrom === ref) { closeNote(true); return true; }
    closeNote(false);
    var number = note.querySelector('.fn-n');
    var label = 'Note ' + (number ? number.textContent : '');
    popup.textContent = '';
    popup.setAttribute('aria-label', label);
    var body = element('p', 'note-popup-text');
    var copy = text.cloneNode(true);
    copy.removeAttribute('id');
    copy.querySelectorAll('[id]').forEach(function (node) { node.removeAttribute('id'); });
    body.appendChild(element('strong', '', (number ? number.textContent : '') + ' '));
    body.appendChild(copy);
    popup.appendChild(body);
    var bar = element('div', 'note-popup-bar');
    var go = element('a', 'note-popup-go', 'Show among the notes');
    go.href = '#' + encodeURIComponent(id);
    go.addEventListener('click', function () { closeNote(false); });
    var close = element('button', '', 'Close');
    close.type = 'button';
    close.addEventListener('click', function () { closeNote(true); });
    bar.appendChild(go);
    bar.appendChild(close);
    popup.appendChild(bar);
    popup.hidden = false;
    openedFrom = ref;
    ref.setAttribute('aria-expanded', 'true');
    placeNear(popup, ref);
    popup.focus({ preventScroll: true });
    return true;
  }

  document.querySelectorAll('a.noteref').forEach(function (ref) {
    ref.setAttribute('aria-haspopup', 'dialog');
    ref.setAttribute('aria-expanded', 'false');
  });

  document.addEventListener('click', function (event) {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var ref = event.target.closest && event.target.closest('a.noteref');
    if (ref && !popup.contains(ref)) {
      if (openNote(ref)) event.preventDefault();
      return;
    }
    if (!popup.hidden && !popup.contains(event.target)) closeNote(false);
  });

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    if (!popup.hidden) closeNote(true);
    else hideTip();
  });
  // ---- Search (search.html): MiniSearch over the passages of search-index.js. ----
  // Terms are folded the same way in the index and in the query: decomposed,
  // accents dropped, lower case, so that Micunovic finds Mićunović; Cyrillic
  // stays Cyrillic. Results are grouped by part of the thesis, in text order.
  var results = document.getElementById('search-results');
  if (results && window.MiniSearch && window.emendSearchData) runSearchPage(results);

  function foldChar(c) {
    var lower = c.toLowerCase();
    if (lower === '\u0111') return 'd';  // đ has no decomposition
    if (lower === '\u00df') return 'ss';
    if (lower === '\u0142') return 'l';
    if (lower === '\u0451') return '\u0435';  // ё is searched as е
    return lower.normalize('NFD').replace(/\p{M}/gu, '');
  }
  // The same as foldChar on every character, done on the whole string at
  // once: this runs for every word of the edition while the index is built.
  // A word that is ASCII once in lower case (most of them) has nothing more
  // to fold: the index is built in half the time.
  function fold(text) {
    var lower = text.toLowerCase();
    if (!/[^\x00-\x7f]/.test(lower)) return lower;
    return lower.replace(/\u0111/g, 'd').replace(/\u00df/g, 'ss').replace(/\u0142/g, 'l')
      .replace(/\u0451/g, '\u0435').normalize('NFD').replace(/\p{M}/gu, '');
  }
  // The folded text and, for each of its UTF-16 units, where it came from.
  function foldWithMap(text) {
    var folded = '';
    var from = [];
    var at = 0;
    for (var c of text) {
      var f = foldChar(c);
      for (var k = 0; k < f.length; ++k) from.push(at);
      folded += f;
      at += c.length;
    }
    from.push(at);
    return { text: folded, from: from };
  }

  function runSearchPage(results) {
    var data = window.emendSearchData;
    var input = document.getElementById('search-q');
    var form = document.getElementById('search-form');
    var status = document.getElementById('search-status');
    var docs = data.docs.map(function (d, k) {
      return { id: k, part: d[0], anchor: d[1], kind: d[2], page: d[3], section: data.sections[d[4]], text: d[5] };
    });
    var engine = new window.MiniSearch({
      fields: ['text'],
      storeFields: [],
      processTerm: function (term) { var f = fold(term); return f.length ? f : null; },
    });
    engine.addAll(docs);
    results.setAttribute('data-ready', 'true');

    var KIND = { t: '', n: 'note', b: 'bibliography' };
    var LIMIT = 300;

    function snippet(text, terms) {
      var map = foldWithMap(text);
      var spans = [];
      terms.forEach(function (term) {
        for (var at = map.text.indexOf(term); at >= 0 && spans.length < 40; at = map.text.indexOf(term, at + term.length)) {
          spans.push([map.from[at], map.from[at + term.length]]);
        }
      });
      spans.sort(function (a, b) { return a[0] - b[0]; });
      var first = spans.length ? spans[0][0] : 0;
      var start = Math.max(0, first - 90);
      var end = Math.min(text.length, first + 170);
      if (start > 0) start = text.indexOf(' ', start) + 1 || start;
      var p = element('p', 'snippet');
      if (start > 0) p.appendChild(document.createTextNode('\u2026'));
      var at = start;
      spans.forEach(function (span) {
        if (span[0] < at || span[1] > end) return;
        p.appendChild(document.createTextNode(text.slice(at, span[0])));
        p.appendChild(element('mark', '', text.slice(span[0], span[1])));
        at = span[1];
      });
      p.appendChild(document.createTextNode(text.slice(at, end)));
      if (end < text.length) p.appendChild(document.createTextNode('\u2026'));
      return p;
    }

    var shownQuery = null;
    function show(query) {
      query = query.trim();
      // The same query again (typing that ends where Enter already searched)
      // keeps the results, and the focus on them.
      if (query === shownQuery) return;
      shownQuery = query;
      results.textContent = '';
      if (!query) { status.textContent = ''; return; }
      var found = engine.search(query, {
        combineWith: 'AND',
        prefix: function (term) { return term.length > 2; },
        fuzzy: function (term) { return term.length > 5 ? 0.15 : false; },
      });
      showPersons(query);
      if (!found.length) {
        status.textContent = 'Nothing found for \u201c' + query + '\u201d.';
        return;
      }
      var shown = found.slice(0, LIMIT);
      shown.sort(function (a, b) { return a.id - b.id; });  // text order
      var groups = [];
      shown.forEach(function (hit) {
        var doc = docs[hit.id];
        var last = groups[groups.length - 1];
        if (!last || last.part !== doc.part) groups.push(last = { part: doc.part, hits: [] });
        last.hits.push({ doc: doc, terms: hit.terms });
      });
      status.textContent = found.length + (found.length === 1 ? ' passage' : ' passages') + ' found for \u201c' +
        query + '\u201d' + (found.length > LIMIT ? ', the ' + LIMIT + ' best shown' : '') + ', in ' +
        groups.length + (groups.length === 1 ? ' part' : ' parts') + ' of the thesis.';
      groups.forEach(function (group, g) {
        var part = data.parts[group.part];
        var section = element('section', 'result-group');
        var heading = element('h2', '', part[1] + ' ');
        heading.id = 'results-' + g;
        heading.appendChild(element('span', 'result-count', '(' + group.hits.length + ')'));
        section.setAttribute('aria-labelledby', heading.id);
        section.appendChild(heading);
        var list = element('ol', 'result-list');
        group.hits.forEach(function (hit) {
          var doc = hit.doc;
          var item = element('li', 'result');
          var link = element('a', 'result-link');
          link.href = part[0] + '#' + encodeURIComponent(doc.anchor);
          var where = [];
          if (doc.page) where.push('p.\u00a0' + doc.page);
          if (doc.section && doc.section.toLowerCase() !== part[1].toLowerCase()) where.push(doc.section);
          if (KIND[doc.kind]) where.push(KIND[doc.kind]);
          link.textContent = where.length ? where.join(' \u00b7 ') : part[1];
          item.appendChild(link);
          item.appendChild(snippet(doc.text, hit.terms));
          list.appendChild(item);
        });
        section.appendChild(list);
        results.appendChild(section);
      });
    }

    // The index of persons' entries whose name holds every word of the query
    // (as the beginning of a word): a link to all the passages naming them.
    function showPersons(query) {
      var words = fold(query).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 1; });
      if (!words.length || !data.persons) return;
      var matches = data.persons.filter(function (person) {
        var name = fold(person[1]).split(/[^\p{L}\p{N}]+/u);
        return words.every(function (w) { return name.some(function (n) { return n.startsWith(w); }); });
      });
      if (!matches.length) return;
      var p = element('p', 'person-hits', 'In the index of persons: ');
      matches.slice(0, 5).forEach(function (person, k) {
        if (k > 0) p.appendChild(document.createTextNode('; '));
        var link = element('a', '', person[1]);
        link.href = 'persons.html#' + encodeURIComponent(person[0]);
        p.appendChild(link);
      });
      results.appendChild(p);
    }

    function queryOf(url) {
      try { return new URL(url).searchParams.get('q') || ''; } catch (e) { return ''; }
    }
    var initial = queryOf(window.location.href);
    input.value = initial;
    show(initial);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      show(input.value);
      // Keep the query in the address, so that Back and a reload come back to it.
      try {
        var url = new URL(window.location.href);
        url.searchParams.set('q', input.value.trim());
        window.history.replaceState(null, '', url.href);
      } catch (e) { /* some browsers refuse this on file:// */ }
    });
    var timer = null;
    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { if (input.value.trim().length > 1) show(input.value); }, 250);
    });
  }
})();
