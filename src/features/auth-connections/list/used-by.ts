import type { UsedBy } from '../../../../contract/index.ts';

/** Everything that depends on a connection, the dependents the caller cannot see included. */
export function usedByCount(usedBy: UsedBy | null | undefined): number {
  if (!usedBy) return 0;
  return usedBy.tools.length + usedBy.mcp_servers.length + usedBy.integration_connections.length;
}

export function usedBySummary(usedBy: UsedBy | null | undefined): string {
  if (!usedBy) return 'Not used';
  const hidden = [...usedBy.tools, ...usedBy.mcp_servers].filter((d) => d.type === 'unknown');
  const parts = [
    plural(usedBy.tools.filter((d) => d.type !== 'unknown').length, 'tool', 'tools'),
    plural(
      usedBy.mcp_servers.filter((d) => d.type !== 'unknown').length,
      'MCP server',
      'MCP servers',
    ),
    plural(usedBy.integration_connections.length, 'integration', 'integrations'),
    plural(hidden.length, 'hidden item', 'hidden items'),
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'Not used';
}

function plural(count: number, one: string, many: string): string {
  return count === 0 ? '' : `${count} ${count === 1 ? one : many}`;
}
