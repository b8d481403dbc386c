// @vitest-environment jsdom
// The list memoises its sort and search text on the words they read (authTypes, unknownType,
// statuses). A lazy screen registering its own words must leave those parts the same objects,
// or the next keystroke re-sorts every row (docs/decisions/0114).
import { renderHook } from '@testing-library/react';
import { registerMessages, useMessages } from './messages-context.tsx';

it('registering a screen’s words keeps the identity of the words already there', () => {
  const { result, rerender } = renderHook(() => useMessages());
  const before = result.current;
  registerMessages({ create: { ...before.create, title: 'Registered later' } });
  rerender();
  const after = result.current;
  expect(after).not.toBe(before); // the new words are there
  expect(after.create.title).toBe('Registered later');
  expect(after.authTypes).toBe(before.authTypes);
  expect(after.unknownType).toBe(before.unknownType);
  expect(after.statuses).toBe(before.statuses);
});
