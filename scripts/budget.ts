// `npm run budget` (part of `npm test`): size budgets of the standalone page, measured against
// the bare stack built the same way in the same run (docs/decisions/0030). Sizes only, no
// timings, so the result is the same on every machine.
//   1. Initial JS (entry chunk + its static imports, as the server sends it) <= 105% of the bare
//      stack's, measured the same way.
//   2. Every lazy chunk < 60 kB as sent.
// "As sent" = the bytes our server answers Chromium with: the build's brotli copy
// (scripts/bundle-graph.ts, docs/decisions/0110-compressed-responses.md); gzip 9 is shown too.
//   3. What only some screens need (PEM/certificate parsing, the used_by graph, the peer's
//      libraries) is never reachable from the entry's static imports.
// The rjsf peer is built and printed too, for comparison; it has no budget.
import path from 'node:path';
import { buildAndMeasure, kb, type BundleGraph, type ChunkInfo } from './bundle-graph.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
export const INITIAL_RATIO_LIMIT = 1.05;
export const LAZY_CHUNK_LIMIT = 60_000;

/** Modules that must load only when a screen asks for them. */
const LAZY_ONLY: { what: string; test: RegExp }[] = [
  { what: 'PEM/certificate parsing (@peculiar/x509)', test: /node_modules[\\/]@peculiar[\\/]/ },
  { what: 'ASN.1 (asn1js, pkijs)', test: /node_modules[\\/](asn1js|pkijs|@peculiar[\\/]asn1)/ },
  {
    what: 'PEM inspection (src/components/pem-inspect.ts)',
    test: /src[\\/]components[\\/]pem-inspect\.ts$/,
  },
  { what: 'used_by graph (@xyflow/react)', test: /node_modules[\\/]@xyflow[\\/]/ },
  { what: 'the peer (@rjsf, ajv) in the product', test: /node_modules[\\/](@rjsf|ajv)[\\/]/ },
];

/** The biggest packages (or app folders) in a chunk, by bytes before minification. */
function chunkContents(chunk: ChunkInfo): string {
  const counts = new Map<string, number>();
  for (const { id, bytes } of chunk.modules) {
    const nm = id.lastIndexOf('node_modules/');
    let key: string;
    if (nm >= 0) {
      const rest = id.slice(nm + 'node_modules/'.length).split('/');
      key = rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
    } else {
      key = path.relative(ROOT, id).split(path.sep).slice(0, 2).join('/');
    }
    counts.set(key, (counts.get(key) ?? 0) + bytes);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([k, n]) => `${k} ${kb(n)}`)
    .join(', ');
}

function printGraph(graph: BundleGraph): void {
  console.log(`\n${graph.label}`);
  console.log('| chunk | loaded | raw kB | gzip kB | sent kB | biggest parts (kB before minify) |');
  console.log('|---|---|---:|---:|---:|---|');
  const sorted = [...graph.chunks].sort(
    (a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip,
  );
  for (const c of sorted) {
    console.log(
      `| ${c.file} | ${c.initial ? 'initial' : 'lazy'} | ${kb(c.raw)} | ${kb(c.gzip)} | ${kb(c.sent)} ${c.coding} | ${chunkContents(c)} |`,
    );
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const ours = await buildAndMeasure(
    'ours: standalone page',
    path.join(ROOT, 'vite.config.ts'),
    ROOT,
  );
  const bare = await buildAndMeasure(
    'bare stack (bench/bare-stack)',
    path.join(ROOT, 'bench/bare-stack/vite.config.ts'),
    path.join(ROOT, 'bench/bare-stack'),
  );
  const peer = await buildAndMeasure(
    'peer: @rjsf/mui (bench/peer)',
    path.join(ROOT, 'bench/peer/vite.config.ts'),
    path.join(ROOT, 'bench/peer'),
  );

  for (const g of [ours, bare, peer]) printGraph(g);

  const failures: string[] = [];
  const limit = bare.initialSent * INITIAL_RATIO_LIMIT;
  console.log(
    '\nInitial JS (entry + static imports), as our server sends it to Chromium; 1 kB = 1,000 bytes',
  );
  console.log('| build | raw kB | gzip-9 kB | sent kB | sent vs bare | budget |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const g of [ours, bare, peer]) {
    const ratio = g.initialSent / bare.initialSent;
    const budget = g === ours ? `<= ${kb(limit)} kB (${INITIAL_RATIO_LIMIT}x bare)` : '';
    console.log(
      `| ${g.label} | ${kb(g.initialRaw)} | ${kb(g.initialGzip)} | ${kb(g.initialSent)} | ${ratio.toFixed(3)}x | ${budget} |`,
    );
  }
  if (ours.initialCssGzip > 0) console.log(`(our initial CSS: ${kb(ours.initialCssGzip)} kB gzip)`);
  if (ours.initialSent > limit) {
    failures.push(
      `Initial JS is ${kb(ours.initialSent)} kB as sent, over the budget of ${kb(limit)} kB ` +
        `(${INITIAL_RATIO_LIMIT}x the bare stack's ${kb(bare.initialSent)} kB) by ` +
        `${kb(ours.initialSent - limit)} kB. Look at the "initial" chunks above: make what the ` +
        'first screen does not need a dynamic import().',
    );
  }

  console.log(`\nLazy chunks (each < ${kb(LAZY_CHUNK_LIMIT)} kB as sent)`);
  console.log('| chunk | sent kB | verdict |');
  console.log('|---|---:|---|');
  for (const c of ours.chunks.filter((chunk) => !chunk.initial)) {
    const ok = c.sent < LAZY_CHUNK_LIMIT;
    console.log(`| ${c.name} (${c.file}) | ${kb(c.sent)} | ${ok ? 'ok' : 'OVER'} |`);
    if (!ok) {
      failures.push(
        `Lazy chunk ${c.file} (${c.name}: ${chunkContents(c)}) is ${kb(c.sent)} kB as sent, over ` +
          `the ${kb(LAZY_CHUNK_LIMIT)} kB budget. Split it further or trim what it imports.`,
      );
    }
  }

  console.log('\nLoaded only when needed (never reachable from the entry by static imports)');
  console.log('| what | where | verdict |');
  console.log('|---|---|---|');
  for (const rule of LAZY_ONLY) {
    const holders = ours.chunks.filter((c) => c.modules.some((m) => rule.test.test(m.id)));
    const leaked = holders.filter((c) => c.initial);
    const where =
      holders.length === 0
        ? 'not in the bundle'
        : holders.map((c) => `${c.file} (${c.initial ? 'initial' : 'lazy'})`).join(', ');
    console.log(`| ${rule.what} | ${where} | ${leaked.length > 0 ? 'LEAKED' : 'ok'} |`);
    if (leaked.length > 0) {
      const id = leaked[0]!.modules.find((m) => rule.test.test(m.id))!.id;
      failures.push(
        `${rule.what} is in the initial JS (${path.relative(ROOT, id)} in ${leaked[0]!.file}). ` +
          'Import it only through a dynamic import() from the screen that needs it.',
      );
    }
  }

  console.log(`\n(3 builds in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (failures.length > 0) {
    console.error(`\nBUDGET EXCEEDED (${failures.length}):`);
    for (const f of failures) console.error(`- ${f}`);
    process.exitCode = 1;
  } else {
    console.log('\nAll budgets met.');
  }
}

try {
  await main();
} catch (error) {
  // A build that fails is a failed budget, said in one line rather than a stack trace.
  console.error(
    `\nBUDGET NOT MEASURED: a build failed: ${(error as Error).message.split('\n')[0]}`,
  );
  console.error((error as Error).message);
  process.exitCode = 1;
}
