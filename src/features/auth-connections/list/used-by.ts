import type { UsedBy } from '../../../../contract/index.ts';
import { coreMessages } from '../../../i18n/core-messages.ts';
import type { Messages } from '../../../i18n/messages.ts';

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
export function usedBySummary(
  usedBy: UsedBy | null | undefined,
  messages: Pick<Messages, 'usedBy'> = coreMessages,
): string {
  const m = messages.usedBy;
  if (!usedBy) return m.notUsed;
  const counts: [number, (n: number) => string][] = [
    [usedBy.tools.filter((d) => d.type !== 'unknown').length, m.tools],
    [usedBy.mcp_servers.filter((d) => d.type !== 'unknown').length, m.mcpServers],
    [usedBy.integration_connections.length, m.integrations],
    [hiddenCount(usedBy), m.hidden],
  ];
  const parts = counts.filter(([n]) => n > 0).map(([n, phrase]) => phrase(n));
  return parts.length ? m.join(parts) : m.notUsed;
}
