// End-to-end test of the GraphiQL playground (/q/graphql-ui/) in a real browser:
// Debian's Chromium driven by playwright-core. Run with
//   CMS_BASE_URL=http://127.0.0.1:8080 node --test e2e/playground.test.mjs
// or use e2e/run.sh, which starts the packaged application first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT_DIR = join(HERE, 'out');
const SCREENSHOT = join(OUT_DIR, 'playground.png');
const FAILURE_SCREENSHOT = join(OUT_DIR, 'playground-failure.png');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SLUG = 'putin-and-xi-tout-deepening-ties-ahead-of-beijing-military-parade';
const SEED_TITLE = 'Putin and Xi Tout Deepening Ties Ahead of Beijing Military Parade';
const QUERY = [
  '{',
  `  article(slug: "${SLUG}") {`,
  '    title',
  '    source { name }',
  '  }',
  '}',
].join('\n');

// Bounded timeouts; together they stay well under the test's 90 s budget.
const LAUNCH_TIMEOUT = 30_000;
const NAVIGATION_TIMEOUT = 20_000;
const UI_TIMEOUT = 15_000;
const RESULT_TIMEOUT = 15_000;
const TEST_TIMEOUT = 90_000;

function baseUrl() {
  const raw = process.env.CMS_BASE_URL;
  if (!raw || !raw.trim()) {
    throw new Error(
      'CMS_BASE_URL is not set. Point it at a running application, e.g. ' +
        'CMS_BASE_URL=http://127.0.0.1:8080 node --test e2e/playground.test.mjs ' +
        '(or use e2e/run.sh, which starts the packaged app and sets it).',
    );
  }
  return raw.trim().replace(/\/+$/, '');
}

// The CodeMirror 5 instance behind an editor section, read from the page.
async function editorValue(page, sectionSelector) {
  return page.evaluate((sel) => {
    const cm = document.querySelector(`${sel} .CodeMirror`);
    return cm && cm.CodeMirror ? cm.CodeMirror.getValue() : null;
  }, sectionSelector);
}

test('GraphiQL playground runs a query and shows the seed article title', { timeout: TEST_TIMEOUT }, async (t) => {
  const base = baseUrl();
  mkdirSync(OUT_DIR, { recursive: true });
  rmSync(SCREENSHOT, { force: true });
  rmSync(FAILURE_SCREENSHOT, { force: true });
  const userDataDir = mkdtempSync(join(tmpdir(), 'cms-e2e-chromium-'));

  let context;
  t.after(async () => {
    if (context) await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  });
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: LAUNCH_TIMEOUT,
    viewport: { width: 1400, height: 900 },
  });

  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(UI_TIMEOUT);
  page.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT);
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()}`);
  });

  try {
    const response = await page.goto(`${base}/q/graphql-ui/`, { waitUntil: 'load' });
    assert.ok(response, 'no response for /q/graphql-ui/');
    assert.equal(response.status(), 200, `/q/graphql-ui/ answered HTTP ${response.status()}`);

    // The query editor (CodeMirror) and the Run button rendered by GraphiQL.
    const queryEditor = page.locator('section.graphiql-query-editor .CodeMirror');
    const runButton = page.locator('button.graphiql-execute-button');
    await queryEditor.waitFor({ state: 'visible' });
    await runButton.waitFor({ state: 'visible' });

    // Type the query the way a user would: click into the editor, select all,
    // replace. insertText behaves like a paste, so CodeMirror's auto-closing
    // brackets and the autocomplete popup cannot mangle it.
    await queryEditor.locator('.CodeMirror-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.insertText(QUERY);
    assert.equal(await editorValue(page, 'section.graphiql-query-editor'), QUERY,
      'query editor does not hold the typed query');

    // Wait for the request the Run button sends, then for the result pane.
    const graphqlResponse = page.waitForResponse(
      (r) => new URL(r.url()).pathname === '/graphql' && r.request().method() === 'POST' &&
        (r.request().postData() || '').includes(SLUG),
      { timeout: RESULT_TIMEOUT },
    );
    await runButton.click();
    const res = await graphqlResponse;
    assert.equal(res.status(), 200, `POST /graphql answered HTTP ${res.status()}`);

    const resultPane = page.locator('section.result-window .CodeMirror');
    await resultPane.filter({ hasText: SEED_TITLE }).waitFor({ state: 'visible', timeout: RESULT_TIMEOUT });

    const resultText = await editorValue(page, 'section.result-window');
    assert.ok(resultText, 'result pane is empty');
    const result = JSON.parse(resultText);
    assert.equal(result.errors, undefined, `GraphQL errors: ${JSON.stringify(result.errors)}`);
    assert.equal(result.data?.article?.title, SEED_TITLE);
    assert.ok(result.data.article.source?.name, 'article has no source name');

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    t.diagnostic(`screenshot: ${SCREENSHOT}`);
    t.diagnostic(`source: ${result.data.article.source.name}`);
  } catch (err) {
    await page.screenshot({ path: FAILURE_SCREENSHOT, fullPage: true }).catch(() => {});
    if (pageErrors.length) t.diagnostic(`browser errors:\n${pageErrors.join('\n')}`);
    t.diagnostic(`failure screenshot: ${FAILURE_SCREENSHOT}`);
    throw err;
  }
});
