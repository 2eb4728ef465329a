// The HTML edition in a real browser: Debian's chromium driven by
// playwright-core. Run by CTest through run.sh, which renders the sites:
//   node html_site_test.mjs THESIS_SITE SAMPLE_SITE ARTEFACT_DIR
// THESIS_SITE is the whole thesis rendered by emend; SAMPLE_SITE is
// tests/data/html/sample.tei.xml rendered (markup in the text, a proposal).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const [thesisSite, sampleSite, artefacts] = process.argv.slice(2).map((p) => path.resolve(p));
if (!thesisSite || !sampleSite || !artefacts) {
  console.error('usage: node html_site_test.mjs THESIS_SITE SAMPLE_SITE ARTEFACT_DIR');
  process.exit(2);
}

// Flags for Debian's chromium on a machine with no network and no sandbox
// (see the project's machine notes): nothing phones home at start.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const fileUrl = (site, page) => pathToFileURL(path.join(site, page)).href;

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
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

function inViewport(page, selector) {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  });
}

describe('a chapter of the thesis, with script', () => {
  let context, page, problems;
  before(async () => {
    context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    ({ page, problems } = await openPage(context, fileUrl(thesisSite, 'chapter-I.html')));
  });
  after(async () => { await context.close(); });

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

  it('shows an emendation\'s OCR reading, class and certainty on focus', async () => {
    const choice = page.locator('main .choice:not(.proposed)').first();
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
    for (let k = 0; k < 40 && !onChoice; ++k) {
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

describe('a chapter of the thesis, without script', () => {
  let context, page;
  before(async () => {
    context = await browser.newContext({ javaScriptEnabled: false });
    ({ page } = await openPage(context, fileUrl(thesisSite, 'chapter-I.html')));
  });
  after(async () => { await context.close(); });

  it('links a footnote reference to its note and back', async () => {
    const ref = page.locator('main a[role="doc-noteref"]').nth(1);
    const noteId = (await ref.getAttribute('href')).slice(1);
    await ref.click();
    await page.waitForURL(`**#${noteId}`);
    assert.ok(await inViewport(page, `[id="${noteId}"]`));
    await page.locator(`[id="${noteId}"] a[role="doc-backlink"]`).click();
    await page.waitForURL(`**#${await ref.getAttribute('id')}`);
    assert.equal(await page.locator('#view-toggle').isVisible(), false, 'no switch without script');
  });
});

describe('the sample edition: markup in the text and proposals', () => {
  let context, page, problems;
  before(async () => {
    context = await browser.newContext();
    ({ page, problems } = await openPage(context, fileUrl(sampleSite, 'introduction.html')));
  });
  after(async () => { await context.close(); });

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

describe('accessibility (axe-core, WCAG 2 A and AA rules)', () => {
  let context;
  // axe is injected as a script, which the pages' own policy forbids: bypass it here only.
  before(async () => { context = await browser.newContext({ bypassCSP: true }); });
  after(async () => { await context.close(); });

  for (const [site, name] of [['thesis', 'index.html'], ['thesis', 'chapter-I.html'],
    ['thesis', 'bibliography.html'], ['sample', 'chapter-I.html']]) {
    it(`finds no violations in the ${site}'s ${name}, also in the diplomatic view`, async () => {
      const page = await context.newPage();
      await page.goto(fileUrl(site === 'thesis' ? thesisSite : sampleSite, name));
      await page.addScriptTag({ path: axePath });
      const audit = () => page.evaluate(async () => {
        const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
        return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
      });
      assert.deepEqual(await audit(), []);
      await page.locator('#view-toggle').click();
      assert.deepEqual(await audit(), []);
      await page.close();
    });
  }
});

describe('the thesis from a web server', () => {
  let server, base, context;
  before(async () => {
    server = createServer(async (request, response) => {
      const name = decodeURIComponent(new URL(request.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
      if (name.includes('..')) { response.writeHead(400).end(); return; }
      // The browser asks any server for an icon the site does not have.
      if (name === 'favicon.ico') { response.writeHead(204).end(); return; }
      try {
        const body = await readFile(path.join(thesisSite, name));
        const type = name.endsWith('.css') ? 'text/css' : name.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
        response.writeHead(200, { 'content-type': type }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}/`;
    context = await browser.newContext();
  });
  after(async () => { await context.close(); server.close(); });

  it('serves every page with its script and no errors', async () => {
    for (const name of ['index.html', 'introduction.html', 'chapter-IV.html', 'bibliography.html']) {
      const { page, problems } = await openPage(context, base + name);
      await page.locator('#view-toggle').waitFor({ state: 'visible' });
      assert.equal(await page.locator('h1').count(), 1, name);
      assert.deepEqual(problems, [], name);
      await page.close();
    }
  });

  it('links the contents to the chapters', async () => {
    const { page } = await openPage(context, base + 'index.html');
    await page.locator('nav[role="doc-toc"] a[href="chapter-II.html#chII.s1"]').click();
    await page.waitForURL('**/chapter-II.html#chII.s1');
    assert.ok(await inViewport(page, '[id="chII.s1"] h2'));
  });
});
