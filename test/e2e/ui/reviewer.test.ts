// What a reviewer sees in VS Code, checked in the browser on a fresh workbench with the
// installed extension: a seed opened from the Explorer, its Outline, an organization's
// hover card, a quote's, the Problems panel, and the Press Review views.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldArticle } from '../../eval/gold';
import { session } from './session';
import { editor, goTo, openFromExplorer, openWorkbench, runCommand, screenshot } from './workbench';

const ROOT = join(__dirname, '..', '..', '..');
const SEED = '000_6b1e01c628aeb617.txt';
const gold = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'gold', SEED.replace('.txt', '.gold.json')), 'utf8')) as GoldArticle;
const seedLines = readFileSync(join(ROOT, 'seeds', SEED), 'utf8').split('\n');
const OUTLINE_MEASURE = readFileSync(join(__dirname, 'outlineMeasure.js'), 'utf8');

describe('what a reviewer sees in the browser', () => {
  before(openWorkbench);

  it('opens a seed from the Explorer as a press article', async () => {
    const { page } = session;
    await openFromExplorer(page, 'seeds', SEED);
    await editor(page).locator('.view-lines', { hasText: gold.title! }).waitFor();
    await page.locator('.statusbar', { hasText: 'Press Article' }).waitFor();
  });

  it('lists a speaker of the open seed in the Outline view', async () => {
    const { page } = session;
    await runCommand(page, 'Explorer: Focus on Outline View');
    const speaker = gold.speakers[0].name;
    await page.locator('.outline-pane .monaco-list-row', { hasText: speaker }).first().waitFor();
    // The folder tree folded away, so the picture shows the whole outline.
    const folders = page.locator('.pane-header', { hasText: 'wire-articles' }).first();
    await folders.click();
    await page.locator('.explorer-folders-view').waitFor({ state: 'hidden' });
    await screenshot(page, 'outline');
    await folders.click();
  });

  it('shows each Outline row as an Arabic reader reads it', async () => {
    const { page } = session;
    // The workbench lays a row out left to right: the symbol's name, then its detail. An
    // Arabic quote with its speaker or cue beside it must read right to left inside each
    // part, and the detail must not slip in between the quote's words and its marks.
    const folders = page.locator('.pane-header', { hasText: 'wire-articles' }).first();
    await folders.click();
    await page.locator('.explorer-folders-view').waitFor({ state: 'hidden' });
    const rows = (await page.evaluate(`(${OUTLINE_MEASURE.trim().replace(/;$/, '')})()`)) as { label: string; description: string; words: number; wrong: string[] }[];
    await folders.click();
    const measured = rows.filter((r) => r.words >= 3);
    for (const r of measured) console.log(`      ${r.wrong.length ? '✗' : '✓'} ${r.label} | ${r.description}${r.wrong.length ? `: ${r.wrong[0]}` : ''}`);
    assert.ok(measured.length >= 8, `${measured.length} Outline rows with Arabic words measured`);
    const wrong = measured.filter((r) => r.wrong.length);
    assert.deepEqual(
      wrong.map((r) => `${r.label} | ${r.description}: ${r.wrong[0]}`),
      [],
      `${wrong.length} of ${measured.length} Outline rows out of order`,
    );
  });

  it('shows the card of an organization on hover', async () => {
    const { page } = session;
    const org = gold.organizations.find((o) => o.acronym)!;
    const line = org.lines.find((l) => seedLines[l - 1].includes(org.name))!;
    assert.ok(line, `${org.name} is written on one of its gold lines`);
    await goTo(page, line, seedLines[line - 1].indexOf(org.name) + 3);
    await runCommand(page, 'Show or Focus Hover');
    const card = page.locator('.monaco-hover', { hasText: org.english });
    await card.waitFor();
    assert.ok((await card.innerText()).includes(org.acronym!), `the card gives ${org.acronym}`);
    await screenshot(page, 'hover');
    await page.keyboard.press('Escape');
  });

  it('shows a weak attribution on hover in English and in Arabic', async () => {
    const { page } = session;
    // وأضاف: "إن الدهشة …" carries over the speaker of an earlier paragraph: a weak attribution.
    const words = 'إن الدهشة';
    const line = seedLines.findIndex((l) => l.includes(words)) + 1;
    assert.ok(line > 0, `the seed writes ${words}`);
    await goTo(page, line, seedLines[line - 1].indexOf(words) + 3);
    await runCommand(page, 'Show or Focus Hover');
    const card = page.locator('.monaco-hover', { hasText: 'Weak attribution' });
    await card.waitFor();
    assert.match(await card.innerText(), /ربما سيرغي لافروف/);
    await screenshot(page, 'hover-quote');
    await page.keyboard.press('Escape');
  });

  it('shows a Press Review finding in the Problems panel', async () => {
    const { page } = session;
    await runCommand(page, 'View: Focus Problems');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'press-review' }).first().waitFor();
    await screenshot(page, 'problems');
  });
});
