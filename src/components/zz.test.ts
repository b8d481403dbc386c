import { repairPem } from './pem-repair.ts';
import { pemFixtures } from './test-pem-fixtures.ts';
it('x', () => {
  const c = pemFixtures().certificate;
  const r = repairPem(c.replace(/\n/g, ' '));
  let i = 0; while (c[i] === r[i]) i++;
  console.log(i, c.length, r.length, JSON.stringify(c.slice(i - 20, i + 20)), JSON.stringify(r.slice(i - 20, i + 20)));
});
