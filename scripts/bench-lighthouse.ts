// Lighthouse 12.2.3 (the last line that runs on Node 20), its default mobile profile: simulated
// slow 4G and 4x CPU, performance only. Part of `npm run bench`, not of `npm test`. Each page is
// run LH_RUNS times (default 1, at most 5) in a fresh headless Chromium; the median score is
// reported with the run's FCP, LCP and TBT. Also runnable alone:
//   tsx scripts/bench-lighthouse.ts <url> [<url> ...]
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseResult {
  url: string;
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  runs: number[];
}

const RUNS = Math.max(1, Math.min(5, Number(process.env.LH_RUNS ?? 1)));

async function once(url: string) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance'],
      logLevel: 'error',
      output: 'json',
    });
    if (!result) throw new Error(`lighthouse gave no result for ${url}`);
    const { lhr } = result;
    const ms = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
      fcp: ms('first-contentful-paint'),
      lcp: ms('largest-contentful-paint'),
      tbt: ms('total-blocking-time'),
    };
  } finally {
    chrome.kill();
  }
}

export async function lighthouseScore(url: string): Promise<LighthouseResult> {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await once(url));
  const sorted = [...runs].sort((a, b) => a.score - b.score);
  const mid = sorted[Math.floor(sorted.length / 2)]!;
  return { url, ...mid, runs: runs.map((r) => r.score) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const url of process.argv.slice(2)) {
    const r = await lighthouseScore(url);
    console.log(
      `${r.score}  FCP ${(r.fcp / 1000).toFixed(1)} s  LCP ${(r.lcp / 1000).toFixed(1)} s  TBT ${r.tbt.toFixed(0)} ms  ${url}`,
    );
  }
}
