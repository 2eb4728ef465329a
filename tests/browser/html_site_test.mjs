// The HTML edition in a real browser: Debian's Chromium (run.sh picks
// chromium-headless-shell, or chromium; CHROMIUM) driven by playwright-core.
// Run by CTest through run.sh, which renders the sites:
//   node html_site_test.mjs THESIS_SITE SAMPLE_SITE ARTEFACT_DIR
// THESIS_SITE is the whole thesis rendered by emend; SAMPLE_SITE is
// tests/data/html/sample.tei.xml rendered (markup in the text, a proposal).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const [thesisSite, sampleSite, artefacts] = process.argv.slice(2).map((p) => path.resolve(p));
if (!thesisSite || !sampleSite || !artefacts) {
  console.error('usage: node html_site_test.mjs THESIS_SITE SAMPLE_SITE ARTEFACT_DIR');
  process.exit(2);
}

// Flags for Debian's chromium on a machine with no network and no sandbox
// (see the project's machine notes): nothing phones home at start.
// V8's optimising compilers (Maglev, TurboFan) off: each page loaded, and
// axe put into each page audited, is compiled afresh, and no script here runs
// long enough to pay that back: 30 to 26 CPU s for the browse part here
// (perf stat task-clock, all processes). The baseline compiler stays on:
// the interpreter alone costs more. One process (--single-process): the
// renderer, the compositor and the network service run in the browser's
// process, not beside it, with no messages between processes for every
// step a test takes: 28 to 22 CPU s for the browse part (two runs each,
// every Chromium process counted). A page that crashes takes the browser
// with it: the run fails either way.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--js-flags=--no-opt --no-maglev', '--single-process',
];

// EMEND_BROWSER_PART (run.sh's PART) picks the groups this process runs: the
// interactions (pages) or axe's audits (a11y); unset or "all", every group,
// in one browser (CTest's html_browser: one browser started, not two, saves
// more than two seconds of CPU).
const part = process.env.EMEND_BROWSER_PART || 'all';
if (!['all', 'pages', 'a11y'].includes(part)) {
  console.error(`EMEND_BROWSER_PART is all, pages or a11y, not ${part}`);
  process.exit(2);
}
const group = (kind, name, fn) => { if (part === 'all' || part === kind) describe(name, fn); };

const fileUrl = (site, page) => pathToFileURL(path.join(site, page)).href;

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium-headless-shell',
    headless: true,
    args: CHROMIUM_ARGS,
  });
});
after(async () => { await browser?.close(); });

// A page that fails the test on any script error, console error (a blocked
// resource, a CSP violation) or dialog (an alert from text that ran as script).
async function openPage(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('dialog', async (d) => { problems.push(`dialog: ${d.message()}`); await d.dismiss(); });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(url);
  return { page, problems };
}

// The same tab at another address, its problems counted afresh. A new tab
// for each address costs Chromium more than a second of CPU (a renderer
// started and torn down); the checks are the same.
async function revisit(tab, url) {
  tab.problems.length = 0;
  await tab.page.goto(url);
  return tab;
}

// One tab, in the run's one context, for every group: each group starts it
// at its own address and size (1100 by 900; the group without script and
// axe's audits keep the 1280 by 720 their own contexts had), its problems
// counted afresh. A new context for each group cost Chromium more than half
// a second of CPU each; the checks are the same. What a group changes that
// outlives it (the view and apparatus choices the pages remember, script
// turned off) it sets back itself.
let shared;
async function sharedTab(url, viewport = { width: 1100, height: 900 }) {
  if (!shared) {
    const context = await browser.newContext({ viewport });
    shared = await openPage(context, url);
    return shared;
  }
  await shared.page.setViewportSize(viewport);
  return revisit(shared, url);
}

function inViewport(page, selector) {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  });
}

group('pages', 'a chapter of the thesis, with script', () => {
  let page, problems;
  before(async () => {
    ({ page, problems } = await sharedTab(fileUrl(thesisSite, 'chapter-I.html')));
  });

  it('opens with its heading, landmarks and the view switch', async () => {
    assert.match(await page.locator('main h1').innerText(), /CHAPTER I/);
    assert.equal(await page.locator('header nav a[aria-current="page"]').innerText(), 'Chapter I');
    await page.locator('#view-toggle').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#view-toggle').getAttribute('aria-pressed'), 'false');
  });

  it('opens a footnote in place, follows it to the notes and comes back', async () => {
    const ref = page.locator('main a[role="doc-noteref"]').first();
    const noteId = (await ref.getAttribute('href')).slice(1);
    const refId = await ref.getAttribute('id');
    const noteText = (await page.locator(`[id="${noteId}"] .fn-text`).innerText()).trim();
    assert.ok(noteText.length > 10, 'the note has words');
    await ref.click();
    const popup = page.locator('#note-popup');
    await popup.waitFor({ state: 'visible' });
    assert.ok((await popup.innerText()).includes(noteText), 'the pop-up shows the note');
    assert.equal(page.url().includes('#'), false, 'reading in place does not leave the text');
    await page.keyboard.press('Escape');
    await popup.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement.id), refId, 'focus returns to the reference');

    await ref.click();
    await popup.locator('a.note-popup-go').click();
    await page.waitForURL(`**#${noteId}`);
    const note = page.locator(`[id="${noteId}"]`);
    assert.equal(await note.getAttribute('role'), 'doc-footnote');
    assert.ok(await inViewport(page, `[id="${noteId}"]`), 'the note is on screen');
    await popup.waitFor({ state: 'hidden' });

    await note.locator('a[role="doc-backlink"]').click();
    await page.waitForURL(`**#${refId}`);
    assert.ok(await inViewport(page, `[id="${refId}"]`), 'back at the reference');
  });

  it('numbers the typescript\'s pages in the margin, each a link to cite', async () => {
    const number = page.locator('[id="p57"] a.pb-n');
    assert.equal(await number.innerText(), '[57]');
    assert.equal(await number.getAttribute('href'), '#p57');
    assert.equal(await number.getAttribute('title'), 'cite as: Rajak, thesis, p. 57');
    await page.goto(fileUrl(thesisSite, 'chapter-I.html') + '#p57');
    assert.ok(await inViewport(page, '[id="p57"]'), 'the page is on screen');
    const box = await number.boundingBox();
    const main = await page.locator('main').boundingBox();
    assert.ok(box.x >= main.x + main.width, `the number stands in the margin (${box.x} against ${main.x + main.width})`);
    await page.screenshot({ path: path.join(artefacts, 'chapter-I-page-57.png') });
  });

  it('keeps a note whose text the scan lost, numbered, and says so', async () => {
    const lost = page.locator('[role="doc-footnote"]', { has: page.locator('.gap-lost') }).first();
    assert.match(await lost.innerText(), /text lost in the scan/);
    const id = await lost.getAttribute('id');
    assert.equal(await page.locator(`main a[role="doc-noteref"][href="#${id}"]`).count(), 1, 'its mark is in the text');
  });

  it('shows an emendation\'s OCR reading, class and certainty on focus', async () => {
    const choice = page.locator('main .choice:not(.proposed):not(.silent)').first();
    const sic = await choice.locator('.sic').textContent();
    const type = await choice.getAttribute('data-type');
    const cert = await choice.getAttribute('data-cert');
    await choice.focus();
    const tip = page.locator('#emend-tip');
    await tip.waitFor({ state: 'visible' });
    const text = await tip.innerText();
    assert.ok(text.includes(sic), `the pop-up names the OCR reading ${sic}: ${text}`);
    assert.ok(text.includes(type) && text.includes(cert), `class and certainty: ${text}`);
    assert.equal(await choice.getAttribute('aria-describedby'), 'emend-tip');
    await page.screenshot({ path: path.join(artefacts, 'chapter-I.png') });
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
  });

  it('reaches emendations with the keyboard', async () => {
    await page.locator('main h1').evaluate((h) => { h.tabIndex = -1; h.focus(); });
    let onChoice = false;
    for (let k = 0; k < 200 && !onChoice; ++k) {
      await page.keyboard.press('Tab');
      onChoice = await page.evaluate(() => document.activeElement.classList.contains('choice'));
    }
    assert.ok(onChoice, 'Tab reaches an emendation');
    await page.locator('#emend-tip').waitFor({ state: 'visible' });
  });

  it('switches to the diplomatic view and back', async () => {
    const choice = page.locator('main p .choice:not(.proposed)').first();
    const sic = (await choice.locator('.sic').textContent()).trim();
    const corr = (await choice.locator('.corr').textContent()).trim();
    assert.equal((await choice.innerText()).trim(), corr);
    await page.locator('#view-toggle').click();
    assert.equal(await page.locator('#view-toggle').getAttribute('aria-pressed'), 'true');
    assert.equal((await choice.innerText()).trim(), sic, 'the OCR reading is shown');
    await page.reload();
    assert.equal(await page.locator('#view-toggle').getAttribute('aria-pressed'), 'true', 'the choice is remembered');
    await page.locator('#view-toggle').click();
    assert.equal((await choice.innerText()).trim(), corr, 'the corrected reading is back');
  });

  it('switches the apparatus views, which survive a reload', async () => {
    const decoration = (selector) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).textDecorationLine);
    const silent = 'main p .choice.silent .corr';
    const substantive = 'main p .choice:not(.silent):not(.proposed) .corr';
    assert.ok(await page.locator(silent).count() > 100, 'the thesis has silent emendations');
    const radio = (value) => page.locator(`#marks input[value="${value}"]`);
    assert.ok(await radio('substantive').isChecked(), 'substantive is the default');
    assert.equal(await decoration(silent), 'none', 'a restored apostrophe is not marked');
    assert.equal(await decoration(substantive), 'underline', 'a substantive emendation is marked');
    assert.equal(await page.locator('main p .choice.silent').first().getAttribute('tabindex'), null);
    await page.screenshot({ path: path.join(artefacts, 'chapter-I-view-substantive.png') });

    await radio('all').check();
    assert.equal(await decoration(silent), 'underline', 'All marks the silent classes');
    assert.equal(await page.locator('main p .choice.silent').first().getAttribute('tabindex'), '0');
    await page.reload();
    assert.ok(await radio('all').isChecked(), 'the view is remembered');
    assert.equal(await decoration(silent), 'underline');
    await page.screenshot({ path: path.join(artefacts, 'chapter-I-view-all.png') });

    await radio('all').focus();
    await page.keyboard.press('ArrowLeft');  // radios move with the arrow keys: All -> Substantive
    assert.ok(await radio('substantive').isChecked(), 'the keyboard moves between views');
    await radio('reading').check();
    assert.equal(await decoration(substantive), 'none', 'the reading view marks nothing');
    await page.reload();
    assert.ok(await radio('reading').isChecked());
    await page.screenshot({ path: path.join(artefacts, 'chapter-I-view-reading.png') });

    await page.locator('#view-toggle').click();
    assert.equal(await page.locator('main p .choice.silent').first().getAttribute('tabindex'), '0',
      'the diplomatic view marks everything');
    await page.screenshot({ path: path.join(artefacts, 'chapter-I-view-diplomatic.png') });
    await page.locator('#view-toggle').click();
    await radio('substantive').check();
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px too wide)`);
    await page.locator('main a[role="doc-noteref"]').nth(2).click();
    await page.locator('#note-popup').waitFor({ state: 'visible' });
    await page.screenshot({ path: path.join(artefacts, 'chapter-I-phone.png') });
  });

  it('logs no errors', () => { assert.deepEqual(problems, []); });
});

group('pages', 'a chapter of the thesis, without script', () => {
  // Script is turned off for the shared tab as Playwright turns it off for a
  // context made with javaScriptEnabled: false (DevTools'
  // Emulation.setScriptExecutionDisabled), and back on after.
  let page, cdp;
  before(async () => {
    page = (await sharedTab('about:blank', { width: 1280, height: 720 })).page;
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(fileUrl(thesisSite, 'chapter-I.html'));
  });
  after(async () => {
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
    await cdp.detach();
  });

  it('links a footnote reference to its note and back', async () => {
    const ref = page.locator('main a[role="doc-noteref"]').nth(1);
    const noteId = (await ref.getAttribute('href')).slice(1);
    await ref.click();
    await page.waitForURL(`**#${noteId}`);
    assert.ok(await inViewport(page, `[id="${noteId}"]`));
    await page.locator(`[id="${noteId}"] a[role="doc-backlink"]`).click();
    await page.waitForURL(`**#${await ref.getAttribute('id')}`);
    assert.equal(await page.locator('#view-toggle').isVisible(), false, 'no switch without script');
    assert.equal(await page.locator('html.js').count(), 0, 'the page\'s script did not run');
  });
});

group('pages', 'the sample edition: markup in the text and proposals', () => {
  let page, problems;
  before(async () => {
    ({ page, problems } = await sharedTab(fileUrl(sampleSite, 'introduction.html')));
  });

  it('shows a <script> from the TEI as text and runs nothing', async () => {
    const text = await page.locator('[id="intro.p1"]').innerText();
    assert.ok(text.includes('the text said <script>alert("x")</script> & more.'), text);
    assert.equal(await page.locator('script').count(), 1, 'only the edition\'s own script');
    await page.locator('#view-toggle').click();
    assert.ok((await page.locator('[id="e9.1"]').innerText()).includes('<script>alert(1)</script>'));
    await page.locator('#view-toggle').click();
  });

  it('marks a proposal as such', async () => {
    await page.goto(fileUrl(sampleSite, 'chapter-I.html'));
    const proposal = page.locator('[id="e66.5"]');
    assert.equal((await proposal.innerText()).trim(), 'Khrushchevs', 'the text keeps the OCR reading');
    await proposal.focus();
    const tip = await page.locator('#emend-tip').innerText();
    assert.match(tip, /Proposed, not applied/);
    assert.ok(tip.includes("Khrushchev's") && tip.includes('low'), tip);
  });

  it('logs no errors', () => { assert.deepEqual(problems, []); });
});

group('a11y', 'accessibility (axe-core, WCAG 2 A and AA rules)', () => {
  // The shared tab goes from page to page: a new tab for each costs Chromium
  // more than a second of CPU (a renderer started and torn down), a context
  // of its own about half a second. axe is put into each page through
  // DevTools (page.evaluate), which the pages' own policy does not govern:
  // the pages are audited under their policy, not with it bypassed, and any
  // error they log fails the audit. The view the audits leave is set back.
  let page;
  after(async () => {
    if (page && await page.locator('html.diplomatic').count() > 0) await page.locator('#view-toggle').click();
  });

  for (const [site, name] of [['thesis', 'index.html'], ['thesis', 'chapter-I.html'],
    ['thesis', 'bibliography.html'], ['thesis', 'about.html'], ['thesis', 'persons.html'], ['thesis', 'search.html?q=Micunovic'],
    ['sample', 'chapter-I.html']]) {
    it(`finds no violations in the ${site}'s ${name}, in both views where they differ`, async () => {
      let problems;
      ({ page, problems } = await sharedTab(fileUrl(site === 'thesis' ? thesisSite : sampleSite, name.split('?')[0]) +
        (name.includes('?') ? '?' + name.split('?')[1] : ''), { width: 1280, height: 720 }));
      if (name.startsWith('search')) await page.locator('#search-results[data-ready="true"] .result').first().waitFor();
      await page.evaluate(axeSource);
      const audit = () => page.evaluate(async () => {
        // Only violations are read: axe then details no passing or inapplicable
        // nodes, most of its work on pages as long as a chapter. Of the assets
        // axe preloads, the media are kept (no-autoplay-audio reads them); the
        // style sheets only css-orientation-lock reads, an experimental rule
        // these tags do not run, and fetching them again is what the pages'
        // policy forbids.
        const result = await window.axe.run(document, {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], resultTypes: ['violations'],
          preload: { assets: ['media'] },
        });
        return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
      });
      assert.deepEqual(await audit(), []);
      // The diplomatic view shows the OCR's readings in place of the corrected
      // ones: a page with readings to show (a chapter, the index, the
      // bibliography) is audited in both views. A page with none (about,
      // persons, search) changes only the switch's own state, which those
      // pages' second audits cover: axe costs seconds a run, so it is not run
      // twice there. The context remembers the view, so a page may open in
      // either; the switch must turn it to the other.
      const diplomatic = () => page.locator('html.diplomatic').count();
      const before = await diplomatic();
      await page.locator('#view-toggle').click();
      assert.equal(await diplomatic(), 1 - before, 'the switch turns the other view on');
      if (await page.locator('.choice').count() > 0) assert.deepEqual(await audit(), []);
      assert.deepEqual(problems, []);
    });
  }
});

// The search: from the header of any page to the results, and from a result
// to the passage. Run from disk and from a web server.
async function searchLandsOnThePassage(page, startUrl, shot) {
  await page.goto(startUrl);
  await page.locator('#site-q').fill('Micunovic');
  await page.keyboard.press('Enter');
  await page.waitForURL(/search\.html\?q=Micunovic/);
  await page.locator('#search-results[data-ready="true"] .result').first().waitFor();
  assert.match(await page.locator('#search-status').innerText(), /passages? found/);
  const groups = await page.locator('.result-group h2').allInnerTexts();
  assert.ok(groups.length >= 3, `results grouped by chapter: ${groups}`);
  assert.ok(groups.some((g) => g.startsWith('Chapter I ')), groups.join(' | '));
  const person = page.locator('.person-hits a');
  assert.equal(await person.getAttribute('href'), 'persons.html#pers-micunovic', 'the index of persons is offered');
  const marks = await page.locator('.result mark').allInnerTexts();
  assert.ok(marks.includes('Mićunović') && marks.includes('Micunovic'), 'both spellings found and marked');
  if (shot) await page.screenshot({ path: path.join(artefacts, shot) });
  // The first result that reads Mićunović, reached with the keyboard.
  const result = page.locator('.result', { has: page.locator('mark', { hasText: 'Mićunović' }) }).first();
  const link = result.locator('a.result-link');
  const href = await link.getAttribute('href');
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.href.endsWith(href.replace(/^[^#]*/, '')));
  const target = page.locator(':target');
  assert.ok((await target.innerText()).includes('Mićunović'), 'the passage reads Mićunović');
  assert.ok(await target.evaluate((el) => { const b = el.getBoundingClientRect(); return b.top < innerHeight && b.bottom > 0; }));
}

group('pages', 'the search, from disk', () => {
  let page, problems;
  before(async () => {
    ({ page, problems } = await sharedTab(fileUrl(thesisSite, 'index.html')));
  });

  it('finds Mićunović for Micunovic and lands on the passage', async () => {
    await searchLandsOnThePassage(page, fileUrl(thesisSite, 'chapter-II.html'), 'search-results.png');
  });

  it('keeps each script to itself: Хрущев and Khrushchev', async () => {
    await page.goto(fileUrl(thesisSite, 'search.html'));
    await page.locator('#search-results[data-ready="true"]').waitFor({ state: 'attached' });
    await page.locator('#search-q').fill('Хрущев');
    await page.locator('#search-q').press('Enter');
    await page.locator('.result').first().waitFor();
    const cyrillic = await page.locator('.result mark').allInnerTexts();
    assert.ok(cyrillic.length > 0 && cyrillic.every((m) => m.startsWith('Хрущ')), cyrillic.join(' '));
    await page.locator('#search-q').fill('Khrushchev');
    await page.locator('#search-q').press('Enter');
    await page.waitForFunction(() => document.querySelector('.result mark')?.textContent.startsWith('Khrushchev'));
    const latin = await page.locator('.result').count();
    assert.ok(latin > cyrillic.length, `${latin} passages for Khrushchev`);
  });

  it('reaches the results from the search box with Tab, and says when nothing is found', async () => {
    await page.locator('#search-q').fill('Micunovic');
    await page.locator('#search-q').press('Enter');
    await page.locator('.result').first().waitFor();
    await page.waitForTimeout(400);  // past the search-as-you-type delay: the results stay
    await page.locator('#search-q').focus();
    // The button, the entry in the index of persons, then the first result.
    for (let k = 0; k < 2; ++k) await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.activeElement === document.querySelector('.person-hits a')));
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.activeElement === document.querySelector('.result-link')),
      'Tab reaches the first result');
    await page.locator('#search-q').fill('zzxqvw');
    await page.locator('#search-q').press('Enter');
    assert.match(await page.locator('#search-status').innerText(), /Nothing found/);
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(fileUrl(thesisSite, 'search.html') + '?q=Tito');
    await page.locator('.result').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px too wide)`);
    await page.screenshot({ path: path.join(artefacts, 'search-phone.png') });
  });

  it('logs no errors', () => { assert.deepEqual(problems, []); });
});

// The downloads on the index, and the citation_* tags reference managers read.
async function checkDownloadsAndCitation(page, resolves) {
  const links = await page.locator('.download-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(links.sort(), ['thesis.emendations.tsv', 'thesis.pdf', 'thesis.tei.xml']);
  for (const name of links) {
    if (name === 'thesis.pdf' && !(await exists(path.join(thesisSite, name)))) continue;  // see run.sh
    assert.ok(await resolves(name), `${name} is in the site`);
  }
  const meta = (name) => page.locator(`meta[name="${name}"]`).getAttribute('content');
  assert.equal(await meta('citation_title'),
    'Yugoslav-Soviet Relations, 1953-1957: Normalization, Comradeship, Confrontation');
  assert.equal(await meta('citation_author'), 'Svetozar Rajak');
  assert.equal(await meta('citation_publication_date'), '2004/02');
  assert.match(await meta('citation_dissertation_institution'), /^London School of Economics/);
  const pdf = await meta('citation_pdf_url');
  assert.equal(pdf, new URL('thesis.pdf', page.url()).href, 'the PDF\'s full address');
  assert.match(await page.locator('.cite-as').innerText(), /Svetozar Rajak, Yugoslav-Soviet Relations.*\(PhD thesis, London School.*2004\), p\.\sN/);
  assert.match(await page.locator('#downloads').innerText(), /UMI U615474/);
}

async function exists(file) {
  try { await access(file); return true; } catch { return false; }
}

group('pages', 'the index of persons', () => {
  it('lists each person once and links to every passage naming them', async () => {
    const { page, problems } = await sharedTab(fileUrl(thesisSite, 'index.html'));
    await page.locator('header nav a[href="persons.html"]').click();
    await page.waitForURL('**/persons.html');
    const entry = page.locator('[id="pers-micunovic"]');
    assert.match(await entry.locator('.person-name').innerText(), /^Mićunović, Veljko$/);
    const names = await page.locator('.person-index > li > .person-name').allInnerTexts();
    assert.equal(new Set(names).size, names.length, 'one entry a person');
    assert.ok(names.includes('Tito, Josip Broz') && names.includes('Khrushchev, Nikita'), names.join('; '));
    await entry.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artefacts, 'persons.png') });
    // A note (n.) among the links: notes are indexed too.
    assert.ok(await entry.locator('a', { hasText: /^(p\.\s\d+, )?n\.\s\d+$/ }).count() > 0, 'notes are indexed');
    const link = entry.locator('.mentions a').first();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((url) => url.href.endsWith(href));
    const named = page.locator(':target .persname[data-person="pers-micunovic"]');
    assert.ok(await named.count() > 0, 'the passage names him');
    assert.match(await named.first().innerText(), /^Mi[cć]unovi[cć]/);
    assert.deepEqual(problems, []);
  });
});

group('pages', 'notes linked to the bibliography', () => {
  it('opens the entry of a note\'s short title, and the entry lists the notes citing it', async () => {
    const { page, problems } = await sharedTab(fileUrl(thesisSite, 'chapter-IV.html'));
    const link = page.locator('.footnote .fn-text a[href^="bibliography.html#"]', { hasText: 'Moskovske' }).first();
    const note = await link.evaluate((a) => a.closest('.footnote').id);
    await link.click();
    await page.waitForURL(/bibliography\.html#/);
    const entry = page.locator(':target');
    assert.match(await entry.innerText(), /Moskovske godine, 1956-1958/);
    assert.ok(await inViewport(page, ':target'), 'the entry is on screen');
    const back = entry.locator(`.cited-in a[href="chapter-IV.html#${note}"]`);
    assert.equal(await back.count(), 1, 'the entry lists the note');
    await page.screenshot({ path: path.join(artefacts, 'bibliography-entry.png') });
    await back.click();
    await page.waitForURL(`**/chapter-IV.html#${note}`);
    assert.deepEqual(problems, []);
  });
});

group('pages', 'downloads and citation, from disk', () => {
  it('links the TEI, the PDF and the emendations, and carries citation_* tags', async () => {
    const { page, problems } = await sharedTab(fileUrl(thesisSite, 'index.html'));
    await checkDownloadsAndCitation(page, (name) => exists(path.join(thesisSite, name)));
    assert.deepEqual(problems, []);
  });
});

group('pages', 'the thesis from a web server', () => {
  let server, base, tab;
  before(async () => {
    server = createServer(async (request, response) => {
      const name = decodeURIComponent(new URL(request.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
      if (name.includes('..')) { response.writeHead(400).end(); return; }
      // The browser asks any server for an icon the site does not have.
      if (name === 'favicon.ico') { response.writeHead(204).end(); return; }
      try {
        const body = await readFile(path.join(thesisSite, name));
        const types = { css: 'text/css', js: 'text/javascript', xml: 'application/tei+xml', tsv: 'text/tab-separated-values', pdf: 'application/pdf' };
        const type = types[name.split('.').pop()] || 'text/html; charset=utf-8';
        response.writeHead(200, { 'content-type': type }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}/`;
    tab = await sharedTab('about:blank');
  });
  after(() => { server.close(); });

  it('serves every page with its script and no errors', async () => {
    for (const name of ['index.html', 'introduction.html', 'chapter-IV.html', 'bibliography.html']) {
      const { page, problems } = await revisit(tab, base + name);
      await page.locator('#view-toggle').waitFor({ state: 'visible' });
      assert.equal(await page.locator('h1').count(), 1, name);
      assert.deepEqual(problems, [], name);
    }
  });

  it('links the contents to the chapters', async () => {
    const { page } = await revisit(tab, base + 'index.html');
    await page.locator('nav[role="doc-toc"] a[href="chapter-II.html#chII.s1"]').click();
    await page.waitForURL('**/chapter-II.html#chII.s1');
    assert.ok(await inViewport(page, '[id="chII.s1"] h2'));
  });
  it('finds Mićunović for Micunovic and lands on the passage', async () => {
    const { page, problems } = await revisit(tab, base + 'index.html');
    await searchLandsOnThePassage(page, base + 'chapter-III.html');
    assert.deepEqual(problems, []);
  });

  it('serves the downloads and the citation_* tags', async () => {
    const { page } = await revisit(tab, base + 'index.html');
    await checkDownloadsAndCitation(page, async (name) => (await page.request.get(base + name)).status() === 200);
  });
});
