// What depends on a connection, in the shape both the picture and the list draw: one group per
// kind, and the dependents the admin cannot see counted once (the API names only their ids).
import type { AccessLevel, UsedBy } from '../../../../contract/index.ts';
import { defaultMessages, type Messages } from '../../../i18n/messages.ts';

export type DependentGroupKey = 'tools' | 'mcp_servers' | 'integration_connections';

export interface VisibleDependent {
  id: string;
  name: string;
  /** Tools and MCP servers have one; integration connections don't. */
  accessLevel?: AccessLevel;
}

export interface DependentGroup {
  key: DependentGroupKey;
  title: string;
  items: VisibleDependent[];
}

export interface UsedByModel {
  groups: DependentGroup[];
  /** Tools and MCP servers the admin has no access to. */
  hiddenCount: number;
  total: number;
}

export type DependentsWords = Messages['dependents'];

export function usedByModel(
  usedBy: UsedBy | null | undefined,
  words: DependentsWords = defaultMessages.dependents,
): UsedByModel {
  const titles = words.groups;
  const tools = usedBy?.tools ?? [];
  const mcpServers = usedBy?.mcp_servers ?? [];
  const integrations = usedBy?.integration_connections ?? [];
  const visible = (list: typeof tools): VisibleDependent[] =>
    list.flatMap((d) =>
      d.type === 'available' ? [{ id: d.id, name: d.name, accessLevel: d.access_level }] : [],
    );
  const groups: DependentGroup[] = [
    { key: 'tools', title: titles.tools, items: visible(tools) },
    { key: 'mcp_servers', title: titles.mcp_servers, items: visible(mcpServers) },
    {
      key: 'integration_connections',
      title: titles.integration_connections,
      items: integrations.map((d) => ({ id: d.id, name: d.name })),
    },
  ];
  const hiddenCount = [...tools, ...mcpServers].filter((d) => d.type === 'unknown').length;
  return {
    groups,
    hiddenCount,
    total: tools.length + mcpServers.length + integrations.length,
  };
}
