import type { UsedBy } from '../../../../contract/index.ts';

/** Everything that depends on a connection, the dependents the caller cannot see included. */
export function usedByCount(usedBy: UsedBy | null | undefined): number {
  if (!usedBy) return 0;
  return usedBy.tools.length + usedBy.mcp_servers.length + usedBy.integration_connections.length;
}

/** Dependents the caller has no access to: the API returns them as `{type: "unknown", id}`. */
export function hiddenCount(usedBy: UsedBy | null | undefined): number {
  if (!usedBy) return 0;
  return [...usedBy.tools, ...usedBy.mcp_servers].filter((d) => d.type === 'unknown').length;
}

/** "2 tools, 1 MCP server, 1 you can't see": what the used-by count is made of. */
export function usedBySummary(usedBy: UsedBy | null | undefined): string {
  if (!usedBy) return 'Not used';
  const parts = [
    plural(usedBy.tools.filter((d) => d.type !== 'unknown').length, 'tool', 'tools'),
    plural(
      usedBy.mcp_servers.filter((d) => d.type !== 'unknown').length,
      'MCP server',
      'MCP servers',
    ),
    plural(usedBy.integration_connections.length, 'integration', 'integrations'),
    hiddenCount(usedBy) > 0 ? `${hiddenCount(usedBy)} you can't see` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'Not used';
}

export function plural(count: number, one: string, many: string): string {
  return count === 0 ? '' : `${count} ${count === 1 ? one : many}`;
}
