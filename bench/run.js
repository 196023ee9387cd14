// `npm run bench` (issues 7, 10): makes the store build and zip, loads that build in Debian's
// Chromium, seeds each data set through its options page as a patient restores a backup, then
// measures the popup, the options page and the summary against an empty extension page, the
// background's wake-up against a bare worker, replays a week of wake-ups, and prints every
// figure beside its target. The same goes to bench/results/<timestamp>.json. Options: --runs N
// (page opens, default 15), --wake-runs N (worker wake-ups, default 10), --skip-build (reuse
// bench/.build). CI runs a short pass (.ci/run) so that it cannot break unseen.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { entrySizes } from '../scripts/size.js';
import { launchBench, popupSelector } from './browser.js';
import { buildStore } from './build.js';
import { measurePages, QUIET_MS } from './measure.js';
import { pairedRatio, popupRows, printReport } from './report.js';
import { replayWeeks } from './wakes.js';
import { measureWakes } from './worker.js';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 15);
const WAKE_RUNS = arg('wake-runs', 10);
const ROOT = resolve('bench/.build');

const startedAt = new Date().toISOString();
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const machine = `${cpus().length} cores, load ${load()}`;

let builds;
if (process.argv.includes('--skip-build')) {
  builds = { store: join(ROOT, 'store/chrome-mv3') };
  builds.zip = join(ROOT, 'store', readdirSync(join(ROOT, 'store')).find((f) => f.endsWith('-chrome.zip')));
} else {
  console.error('Building the store build and zip (bench/.build/store) …');
  builds = buildStore(ROOT);
}
const sizes = entrySizes(builds.store);
const zip = { file: builds.zip, bytes: statSync(builds.zip).size };
const wakes = await replayWeeks(ROOT);

const bench = await launchBench(builds.store, ROOT);
const { context, url, ids, seed } = bench;

try {
  const floor = { key: 'floor', url: url('floor', 'empty.html'), selector: '[data-testid="phase-card"]' };
  const scriptFloor = { key: 'scriptFloor', url: url('floor', 'script.html'), selector: '[data-testid="phase-card"]' };
  const readFloor = { key: 'readFloor', url: url('floor', 'read.html'), selector: '[data-testid="phase-card"]' };
  const popup = (selector) => ({ key: 'page', url: url('afterglow', 'popup.html'), selector });
  const options = { key: 'options', url: url('afterglow', 'options.html'), selector: '#infusion-at' };
  const summary = { key: 'summary', url: url('afterglow', 'summary.html'), selector: 'main.summary button.primary' };
  // Issue 11: the history page opens on 3 months; its target is 2x the options page's figure.
  const history = { key: 'history', url: url('afterglow', 'history.html'), selector: '[data-testid="mood-chart"]' };

  const floorPage = await context.newPage();
  await floorPage.goto(floor.url);

  // The alarms are set and the badge read from one of Afterglow's own pages, open only meanwhile.
  const wake = async (label, expectsNextAlarm) => {
    const afterglowPage = await context.newPage();
    try {
      await afterglowPage.goto(options.url);
      await afterglowPage.locator(options.selector).waitFor();
      const m = await measureWakes(
        context,
        [
          { key: 'page', id: ids.afterglow, page: afterglowPage, alarmName: 'badge', expectsNextAlarm },
          { key: 'floor', id: ids.floor, page: floorPage, alarmName: 'floor', expectsNextAlarm: false },
        ],
        WAKE_RUNS,
      );
      return { label, ...m, ratio: pairedRatio(m.page, m.floor, 'startToHandled') };
    } finally {
      await afterglowPage.close();
    }
  };

  const LABELS = {
    none: 'no data (first screen)',
    typical: 'typical course: 6 infusions, 4 habits, 3 months',
    years: '5 years: 6 habits, daily check-ins, nudge log, daily mood, weekly PHQ-9 and GAD-7',
  };
  const seeded = {};
  const popupRuns = [];
  const background = [];
  let pageRows = [];
  for (const scenario of ['none', 'typical', 'years']) {
    console.error(`Scenario ${scenario} …`);
    seeded[scenario] = await seed(scenario);
    const m = await measurePages(context, [floor, scriptFloor, readFloor, popup(popupSelector(scenario))], RUNS);
    popupRuns.push({ label: LABELS[scenario], floor: m.floor, scriptFloor: m.scriptFloor, readFloor: m.readFloor, page: m.page });
    if (scenario === 'years') {
      const p = await measurePages(context, [floor, options, summary, history], RUNS);
      pageRows.push(
        { label: 'options page, 5 years', ...p.options, floor: p.floor },
        { label: 'summary (history view), 5 years', ...p.summary, floor: p.floor },
        { label: 'history page (3 months), 5 years of mood, scores, 6 habits', ...p.history, floor: p.floor },
      );
    }
    background.push(await wake(LABELS[scenario], scenario !== 'none'));
  }
  // A patient who restored a backup keeps a copy of the data from before, read when options opens.
  console.error('Scenario years, restored over 5 years (kept copy) …');
  seeded.yearsWithCopy = await seed('years', { keepCopy: true });
  const c = await measurePages(context, [floor, options], RUNS);
  pageRows.push({ label: 'options page, 5 years + copy kept by a restore', ...c.options, floor: c.floor });
  pageRows = pageRows.map((p) => ({ ...p, ttiRatio: pairedRatio(p, p.floor, 'tti'), fcpRatio: pairedRatio(p, p.floor, 'fcp') }));

  const result = {
    startedAt,
    browser: bench.browser,
    machine: `${machine} → ${load()} at the end`,
    runs: RUNS,
    wakeRuns: WAKE_RUNS,
    quietMs: QUIET_MS,
    seeded,
    popupRows: popupRows(popupRuns),
    pageRows,
    background,
    wakes,
    sizes,
    zip,
  };
  mkdirSync('bench/results', { recursive: true });
  result.resultsFile = `bench/results/${startedAt.replace(/[:.]/g, '-')}.json`;
  writeFileSync(result.resultsFile, JSON.stringify(result, null, 2));
  printReport(result);
} finally {
  await bench.close();
}
