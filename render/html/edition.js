// The HTML edition's script. The pages read fine without it (notes are listed
// at each chapter's end, links go both ways); it adds the diplomatic-view
// switch, the emendation pop-up and notes read in place. Text from the
// edition is only ever copied as text or cloned as nodes, never parsed as HTML.
(function () {
  'use strict';

  var root = document.documentElement;
  root.classList.add('js');

  // ---- Diplomatic view: the text as the OCR read it, or corrected. ----
  var VIEW_KEY = 'emend-view';
  function remembered() {
    try { return window.localStorage.getItem(VIEW_KEY); } catch (e) { return null; }
  }
  function remember(value) {
    try { window.localStorage.setItem(VIEW_KEY, value); } catch (e) { /* file:// or private mode */ }
  }
  var toggle = document.getElementById('view-toggle');
  function setDiplomatic(on) {
    root.classList.toggle('diplomatic', on);
    if (toggle) toggle.setAttribute('aria-pressed', on ? 'true' : 'false');
  }
  if (toggle) {
    toggle.hidden = false;
    setDiplomatic(remembered() === 'diplomatic');
    toggle.addEventListener('click', function () {
      var on = toggle.getAttribute('aria-pressed') !== 'true';
      setDiplomatic(on);
      remember(on ? 'diplomatic' : 'corrected');
    });
  }

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
    if (choice) showTip(choice); else hideTip();
  });
  document.addEventListener('focusout', function (event) {
    if (event.target === tipFor) hideTip();
  });
  document.addEventListener('mouseover', function (event) {
    var choice = event.target.closest && event.target.closest('.choice');
    if (choice) showTip(choice);
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
})();
