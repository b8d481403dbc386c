import { createRequestSchemas, responseSchemas, updateRequestSchemas } from './index.ts';
import { lazyRecord } from './lazy-record.ts';

describe('lazyRecord', () => {
  it('builds a key on its first read only, and returns the same value after', () => {
    const build = vi.fn((key: string) => ({ key }));
    const record = lazyRecord(['a', 'b'], build);
    expect(build).not.toHaveBeenCalled();
    const first = record.a;
    expect(first).toEqual({ key: 'a' });
    expect(record.a).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
    expect(Object.keys(record)).toEqual(['a', 'b']); // every key is there before it is built
    expect(Object.values(record)).toEqual([{ key: 'a' }, { key: 'b' }]);
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('keeps the contract’s variant records complete and stable', () => {
    expect(Object.keys(createRequestSchemas)).toHaveLength(7);
    expect(createRequestSchemas.basic_auth).toBe(createRequestSchemas.basic_auth);
    expect(updateRequestSchemas.basic_auth).toBe(updateRequestSchemas.basic_auth);
    expect(responseSchemas.basic_auth.shape.username).toBeDefined();
  });
});
