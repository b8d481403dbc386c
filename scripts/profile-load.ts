// Bench-only profiling aid (docs/decisions/0111): cold-loads one URL in Chromium with the CPU
// throttled 4x and prints where the time went: each script's request start and end (the chunk
// chain), Chromium's own totals (script, layout, style), and the functions with the most
// self time from the CPU profiler, grouped by file. Usage:
//   tsx scripts/profile-load.ts <url> <css selector that means "painted"> [runs]
import { chromium } from '@playwright/test';
import { BENCH_INIT_SCRIPT } from './bench-page.ts';

const [url, selector, runsArg, action] = process.argv.slice(2);
if (!url || !selector) throw new Error('usage: profile-load.ts <url> <selector> [runs]');
const runs = Number(runsArg ?? 1);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(BENCH_INIT_SCRIPT);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    if (!action) await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'commit' });
    let painted = await page.evaluate(
      (sel) => window.__bench.until(() => !!document.querySelector(sel)),
      selector,
    );
    if (action) {
      // Profile one action on the loaded page instead of the load: `search:<text>` or `sort`.
      await page.waitForTimeout(1500); // bench-only: let idle prefetches settle first
      await cdp.send('Profiler.start');
      painted = await page.evaluate(async (action) => {
        const rows = 'table[aria-label="Auth connections"] tbody tr';
        const before = document.querySelector(rows)?.textContent ?? '';
        const t0 = performance.now();
        if (action.startsWith('search:')) {
          const box = document.querySelector<HTMLInputElement>('input[type="search"]')!;
          window.__bench.setInputValue(box, action.slice(7));
        } else {
          [...document.querySelectorAll<HTMLElement>('th button, th [role="button"]')]
            .find((b) => b.textContent?.trim().startsWith('Name'))!
            .click();
        }
        const t1 = await window.__bench.until(
          () => (document.querySelector(rows)?.textContent ?? '') !== before,
        );
        return t1 - t0;
      }, action);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    const metrics = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => {
        const r = e as PerformanceResourceTiming;
        return {
          name: r.name.replace(/^https?:\/\/[^/]+/, ''),
          start: r.startTime,
          end: r.responseEnd,
          bytes: r.transferSize,
        };
      }),
    );
    const longTasks = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          new PerformanceObserver((list) =>
            resolve(
              list
                .getEntries()
                .map((e) => `${e.startTime.toFixed(0)}+${e.duration.toFixed(0)}`)
                .join(' '),
            ),
          ).observe({ type: 'longtask', buffered: true });
          setTimeout(() => resolve('(none)'), 1000);
        }),
    );
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { html: n.responseEnd, dcl: n.domContentLoadedEventEnd, fcp: fcp?.startTime };
    });
    console.log(`\n# run ${run + 1}: painted at ${painted.toFixed(0)} ms`);
    console.log(`long tasks (start+ms): ${longTasks}`);
    console.log(
      `html ${nav.html.toFixed(0)}  DCL ${nav.dcl.toFixed(0)}  FCP ${nav.fcp?.toFixed(0)}`,
    );
    for (const r of resources) {
      console.log(
        `  ${r.start.toFixed(0).padStart(5)} → ${r.end.toFixed(0).padStart(5)}  ${String(r.bytes).padStart(7)} B  ${r.name}`,
      );
    }
    const keep = ['ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'TaskDuration'];
    console.log(
      metrics.metrics
        .filter((m) => keep.includes(m.name))
        .map((m) => `${m.name} ${(m.value * 1000).toFixed(0)} ms`)
        .join('  '),
    );
    // Self time per function and per file, from the sampling profile.
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) =>
      self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
    );
    const byFile = new Map<string, number>();
    const byFn: { name: string; ms: number }[] = [];
    for (const node of profile.nodes) {
      const us = self.get(node.id) ?? 0;
      if (us === 0) continue;
      const file =
        node.callFrame.url.replace(/^https?:\/\/[^/]+/, '') || `(${node.callFrame.functionName})`;
      byFile.set(file, (byFile.get(file) ?? 0) + us);
      byFn.push({
        name: `${node.callFrame.functionName || '(anon)'} ${file}:${node.callFrame.lineNumber}`,
        ms: us / 1000,
      });
    }
    console.log('self time by file (ms, throttled):');
    for (const [file, us] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
      console.log(`  ${(us / 1000).toFixed(0).padStart(6)}  ${file}`);
    }
    const merged = new Map<string, number>();
    for (const f of byFn) merged.set(f.name, (merged.get(f.name) ?? 0) + f.ms);
    console.log('top functions:');
    for (const [name, ms] of [...merged].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
      console.log(`  ${ms.toFixed(0).padStart(6)}  ${name}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
}
