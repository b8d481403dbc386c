// After a lost answer, a 412 on Retry is the admin's own earlier attempt only when the server's
// version holds exactly the admin's non-secret changes.
import type { AuthConnection } from '../../../../contract/index.ts';
import { connectionToFormValues } from '../form/from-connection.ts';
import { isOwnEarlierSave } from './own-save.ts';

const loaded = {
  id: 'ac_1',
  name: 'Legacy',
  provider: 'legacy-erp',
  auth_type: 'basic_auth',
  username: 'svc-old',
} as unknown as AuthConnection;
const values = {
  ...connectionToFormValues(loaded, 'basic_auth'),
  provider: 'erp-v2',
  username: 'svc-new',
  password: 'typed-secret',
};

test('the server holding exactly my changes is my own earlier save', () => {
  const current = { ...loaded, provider: 'erp-v2', username: 'svc-new' } as AuthConnection;
  expect(isOwnEarlierSave('basic_auth', loaded, current, values)).toBe(true);
});

test('a version without my changes is someone else’s', () => {
  const current = { ...loaded, provider: 'erp-v3' } as AuthConnection;
  expect(isOwnEarlierSave('basic_auth', loaded, current, values)).toBe(false);
});

test('my changes plus another field someone else changed is a real conflict', () => {
  const changedMore = { ...values, provider: 'legacy-erp' };
  const current = { ...loaded, provider: 'erp-v9', username: 'svc-new' } as AuthConnection;
  expect(isOwnEarlierSave('basic_auth', loaded, current, changedMore)).toBe(false);
});
