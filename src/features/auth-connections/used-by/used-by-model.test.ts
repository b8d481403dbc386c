import { usedByModel } from './used-by-model.ts';

describe('usedByModel', () => {
  it('groups visible dependents by kind and counts the hidden ones once', () => {
    const model = usedByModel({
      tools: [
        {
          type: 'available',
          id: 't1',
          name: 'Lookup',
          created_at_unix_secs: 1,
          access_level: 'editor',
        },
        { type: 'unknown', id: 't2' },
      ],
      mcp_servers: [
        { type: 'unknown', id: 'm1' },
        {
          type: 'available',
          id: 'm2',
          name: 'Docs',
          created_at_unix_secs: 1,
          access_level: 'viewer',
        },
      ],
      integration_connections: [{ id: 'i1', name: 'Salesforce' }],
    });
    expect(model.total).toBe(5);
    expect(model.hiddenCount).toBe(2);
    expect(model.groups.map((g) => [g.key, g.items])).toEqual([
      ['tools', [{ id: 't1', name: 'Lookup', accessLevel: 'editor' }]],
      ['mcp_servers', [{ id: 'm2', name: 'Docs', accessLevel: 'viewer' }]],
      ['integration_connections', [{ id: 'i1', name: 'Salesforce' }]],
    ]);
  });

  it('treats a missing used_by as nothing', () => {
    expect(usedByModel(null)).toMatchObject({ total: 0, hiddenCount: 0 });
    expect(usedByModel(undefined).groups.every((g) => g.items.length === 0)).toBe(true);
  });
});
