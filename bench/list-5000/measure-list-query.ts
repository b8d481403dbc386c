// Times the list's data work on 5,000 connections: parse (as the API client does), sort, filter
// on each keystroke of a search, and slice a page. Prints figures; asserts nothing.
// Run: npx tsx bench/list-5000/measure-list-query.ts
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { listAuthConnectionsResponseSchema, RESPONSE_AUTH_TYPES } from '../../contract/index.ts';
import {
  filterConnections,
  paginate,
  sortConnections,
  DEFAULT_LIST_QUERY,
} from '../../src/features/auth-connections/list/list-query.ts';

z.config({ jitless: true }); // as in the browser (CSP forbids eval)

const N = 5000;
const raw = {
  auth_connections: Array.from({ length: N }, (_, i) => ({
    id: `ac_${i.toString(16).padStart(24, '0')}`,
    name: `Connection ${i} ${['billing', 'weather', 'crm', 'maps'][i % 4]}`,
    provider: ['acme', 'google', 'salesforce', 'hubspot', 'zapier'][i % 5],
    auth_type: i % 50 === 0 ? 'future_auth' : RESPONSE_AUTH_TYPES[i % RESPONSE_AUTH_TYPES.length],
    status: ['active', 'active', 'active', 'refresh_failed', 'revoked'][i % 5],
    used_by: {
      tools: Array.from({ length: i % 4 }, (_, j) => ({
        id: `t${j}`,
        name: 'Tool',
        type: 'available',
        created_at_unix_secs: 1,
        access_level: 'editor',
      })),
      mcp_servers: i % 7 === 0 ? [{ type: 'unknown', id: 'x' }] : [],
      integration_connections: [],
    },
  })),
};

function time(label: string, runs: number, fn: () => unknown) {
  fn(); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(runs / 2)]!;
  const worst = samples.at(-1)!;
  console.log(`${label.padEnd(44)} median ${median.toFixed(2)} ms   worst ${worst.toFixed(2)} ms`);
}

const list = listAuthConnectionsResponseSchema.parse(raw).auth_connections;
console.log(
  `${list.length} connections (parsed leniently; generic rows: ${list.filter((c) => 'generic' in c).length})`,
);
time('parse list response (zod, jitless)', 10, () => listAuthConnectionsResponseSchema.parse(raw));
// The first sort of an answer orders its names (the page sorts by name as it opens); every later
// sort of the same answer reuses that order (list-query.ts), so the two are timed apart.
time('first sort of an answer (by name)', 20, () => sortConnections([...list], 'name', 'asc'));
for (const key of ['name', 'type', 'provider', 'status', 'used_by'] as const) {
  time(`sort by ${key} (a later sort)`, 20, () => sortConnections(list, key, 'desc'));
}
const sorted = sortConnections(list, 'name', 'asc');
// The first search of a sorted list makes its array of search texts; later keystrokes reuse it.
time('first search after a sort ("c")', 20, () =>
  filterConnections([...sorted], { ...DEFAULT_LIST_QUERY, q: 'c' }),
);
const q = 'crm goo';
for (let i = 1; i <= q.length; i++) {
  time(`filter, search "${q.slice(0, i)}"`, 20, () =>
    filterConnections(sorted, { ...DEFAULT_LIST_QUERY, q: q.slice(0, i) }),
  );
}
time('filter type + status + unused', 20, () =>
  filterConnections(sorted, { q: '', type: 'bearer_auth', status: 'active', unused: true }),
);
time('paginate (page 40 of 100-row pages)', 50, () => paginate(sorted, 40, 100));
