// Where a page's time goes before its main element appears: the evidence behind a missed
// target. Usage, after one `npm run bench` (it reuses bench/.build):
//   node bench/trace.js [page] [scenario] [opens]     e.g. node bench/trace.js popup.html years 15
// (scenario: none, typical, years, or years+copy: five years with the copy a restore keeps)
// Prints, as medians over the opens: when the HTML was parsed, when the first storage read was
// issued (the module graph is evaluating), when the page first rendered, how many storage reads
// were issued before the element and when the last of them was answered, and the element.
// Then one more open under Chrome's tracing, its main-thread milestones printed and the trace
// written to bench/results/<page>-<scenario>.trace.json (DevTools → Performance → Load profile).
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBench, popupSelector } from './browser.js';
import { median } from './measure.js';

const [page = 'popup.html', scenario = 'years', opens = '15'] = process.argv.slice(2);
// "years+copy": five years, restored over five years, so the options page has a kept copy to read.
const [seedScenario, copy] = scenario.split('+');
const SELECTORS = {
  'popup.html': popupSelector(seedScenario),
  'options.html': '#infusion-at',
  'summary.html': 'main.summary button.primary',
};
const selector = SELECTORS[page];

/** In the page before its scripts: logs storage.local reads and the page's first render. */
function instrument(selector) {
  const log = (globalThis.__trace = { reads: [], firstRender: undefined, ready: undefined });
  const area = chrome.storage.local;
  const get = area.get.bind(area);
  area.get = (...args) => {
    const read = { keys: JSON.stringify(args[0] ?? null), issued: performance.now(), answered: undefined };
    log.reads.push(read);
    const answer = get(...args);
    answer?.then?.(() => (read.answered = performance.now()));
    return answer;
  };
  new MutationObserver(() => {
    const now = performance.now();
    if (log.firstRender === undefined && document.getElementById('app')?.firstElementChild) log.firstRender = now;
    if (log.ready === undefined && document.querySelector(selector)) log.ready = now;
  }).observe(document, { childList: true, subtree: true });
}

async function openTraced(context, url) {
  const tab = await context.newPage();
  await tab.addInitScript(instrument, selector);
  await tab.goto(url);
  await tab.waitForFunction(() => globalThis.__trace.ready !== undefined);
  const t = await tab.evaluate(() => {
    const { reads, firstRender, ready } = globalThis.__trace;
    const before = reads.filter((r) => r.issued < ready);
    return {
      parsed: performance.getEntriesByType('navigation')[0].domInteractive,
      firstRead: reads[0]?.issued ?? null,
      firstRender: firstRender ?? null,
      readsBefore: before.length,
      lastAnswerBefore: Math.max(...before.map((r) => (r.answered !== undefined && r.answered < ready ? r.answered : 0))),
      ready,
      reads: reads.map((r) => ({ ...r, issued: +r.issued.toFixed(1), answered: r.answered && +r.answered.toFixed(1) })),
    };
  });
  await tab.close();
  return t;
}

/** The main thread's milestones of the traced open, from its navigationStart (Chrome trace events). */
function milestones(events, url) {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  if (!nav) return ['(navigationStart not found in the trace)'];
  const onMain = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ts >= nav.ts).sort((a, b) => a.ts - b.ts);
  const KEEP = new Set(['ParseHTML', 'v8.compileModule', 'v8.evaluateModule', 'v8.produceModuleCache', 'EvaluateScript', 'FunctionCall', 'UpdateLayoutTree', 'Layout', 'Paint']);
  const MARKS = new Set(['domInteractive', 'domContentLoadedEventStart', 'firstContentfulPaint', 'ResourceSendRequest', 'ResourceFinish']);
  const lines = [];
  for (const e of onMain) {
    const at = ((e.ts - nav.ts) / 1000).toFixed(1).padStart(7);
    const data = e.args?.data ?? {};
    if (MARKS.has(e.name)) {
      const what = e.name === 'ResourceSendRequest' ? ` ${String(data.url).split('/').pop()}` : '';
      lines.push(`${at}          ${e.name}${what}`);
    } else if (KEEP.has(e.name) && e.dur >= 500) {
      // A function call names its (minified) function and where it is in the built file.
      const where = data.url ? ` ${data.functionName || '(anonymous)'} ${String(data.url).split('/').pop()}:${data.lineNumber}:${data.columnNumber}` : '';
      lines.push(`${at} ${(e.dur / 1000).toFixed(1).padStart(6)} ms  ${e.name}${where}`);
    }
  }
  return lines;
}

const bench = await launchBench(resolve('bench/.build/store/chrome-mv3'), resolve('bench/.build'));
try {
  console.log(`${page}, scenario ${scenario}, ${bench.browser}: seeded`, await bench.seed(seedScenario, { keepCopy: copy === 'copy' }));
  const url = bench.url('afterglow', page);
  await openTraced(bench.context, url); // warm-up
  const runs = [];
  for (let i = 0; i < Number(opens); i++) runs.push(await openTraced(bench.context, url));
  const m = (key) => median(runs.map((r) => r[key]));
  console.log(`\nMedians over ${runs.length} opens, ms from navigation start:`);
  console.log(`  HTML parsed (domInteractive)            ${m('parsed').toFixed(1)}`);
  console.log(`  first storage.local read issued         ${m('firstRead').toFixed(1)}   (modules are evaluating)`);
  console.log(`  first render into #app                  ${m('firstRender').toFixed(1)}`);
  console.log(`  storage.local reads issued before it    ${m('readsBefore')}`);
  console.log(`  last of them answered                   ${m('lastAnswerBefore').toFixed(1)}`);
  console.log(`  ${selector} in the page   ${m('ready').toFixed(1)}`);
  console.log('\nStorage reads of the median open (issued → answered):');
  const typical = [...runs].sort((a, b) => a.ready - b.ready)[Math.floor(runs.length / 2)];
  for (const r of typical.reads) console.log(`  ${String(r.issued).padStart(6)} → ${String(r.answered ?? '…').padStart(6)}  ${r.keys}`);

  // One more open under Chrome's tracing: where the main thread's time went, and when.
  const tab = await bench.context.newPage();
  const cdp = await bench.context.newCDPSession(tab);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await tab.addInitScript(instrument, selector);
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading'];
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  await tab.goto(url);
  await tab.waitForFunction(() => globalThis.__trace.ready !== undefined);
  const ready = await tab.evaluate(() => globalThis.__trace.ready);
  await tab.waitForTimeout(100);
  await cdp.send('Tracing.end');
  await complete;
  await tab.close();
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/${page.replace('.html', '')}-${scenario}.trace.json`;
  writeFileSync(file, JSON.stringify({ traceEvents: events }));
  console.log(`\nOne traced open (${file}; DevTools → Performance → Load profile), the page's main thread,`);
  console.log(`ms from its navigationStart; tracing itself slows it. ${selector} appeared at ${ready.toFixed(1)} by the page's clock.`);
  console.log(milestones(events, url).join('\n'));
} finally {
  await bench.close();
}
