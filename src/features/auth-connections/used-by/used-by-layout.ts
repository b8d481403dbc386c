// Where each node of the used_by picture goes: the connection in the middle, tools on the left,
// MCP servers on the right, integration connections below, the dependents the admin can't see
// above; below NARROW_BELOW px, one column under the connection. Pure, and outside the graph's
// chunk (which is at its size budget): the detail page computes it and the graph draws it.
import type { Edge, Node } from '@xyflow/react';
import type { DependentGroupKey, DependentsWords, UsedByModel } from './used-by-model.ts';

export type Side = 'left' | 'right' | 'top' | 'bottom';
export type Tone = 'center' | DependentGroupKey | 'hidden' | 'more';
export type ItemData = { title: string; caption: string; tone: Tone; side?: Side; width?: number };
export type ItemNode = Node<ItemData, 'item'>;

export const NODE_WIDTH = 190;
/** Per group; the rest become one "+N more" node (the list below names them all). */
export const MAX_PER_GROUP = 6;
const GROUP_SIDE: Record<DependentGroupKey, Side> = {
  tools: 'left',
  mcp_servers: 'right',
  integration_connections: 'bottom',
};

/** Positions along a line, centred on 0. */
function spread(count: number, gap: number): number[] {
  return Array.from({ length: count }, (_, i) => (i - (count - 1) / 2) * gap);
}

/** Below this width the picture is one column (a phone): the four sides would not fit. */
export const NARROW_BELOW = 520;
const NARROW_NODE_WIDTH = 240;
export const NARROW_ROW = 84;
/** Fewer per group in the column, so the picture stays about a screen tall. */
const NARROW_MAX_PER_GROUP = 3;

export function layoutUsedBy(
  center: { title: string; caption: string },
  model: UsedByModel,
  words: DependentsWords,
  narrow = false,
): { nodes: ItemNode[]; edges: Edge[] } {
  const nodes: ItemNode[] = [
    {
      id: 'center',
      type: 'item',
      position: { x: narrow ? 0 : -NODE_WIDTH / 2, y: -28 },
      data: { ...center, tone: 'center', ...(narrow ? { width: NARROW_NODE_WIDTH } : {}) },
    },
  ];
  const edges: Edge[] = [];
  let row = 0;
  const add = (id: string, side: Side, x: number, y: number, data: Omit<ItemData, 'side'>) => {
    if (narrow) {
      // One column under the connection, each joined to its left side like a tree.
      row += 1;
      nodes.push({
        id,
        type: 'item',
        position: { x: 24, y: -28 + row * NARROW_ROW },
        data: { ...data, side: 'right', width: NARROW_NODE_WIDTH - 24 },
      });
      edges.push({
        id: `e-${id}`,
        source: id,
        target: 'center',
        targetHandle: 'left',
        type: 'smoothstep',
      });
      return;
    }
    nodes.push({ id, type: 'item', position: { x, y }, data: { ...data, side } });
    edges.push({ id: `e-${id}`, source: id, target: 'center', targetHandle: side });
  };

  for (const group of model.groups) {
    const side = GROUP_SIDE[group.key];
    const shown = group.items.slice(0, narrow ? NARROW_MAX_PER_GROUP : MAX_PER_GROUP);
    const more = group.items.length - shown.length;
    const entries = shown.map((item) => ({
      id: `${group.key}:${item.id}`,
      title: item.name,
      caption: item.accessLevel
        ? `${words.nouns[group.key]} · ${words.accessLevels[item.accessLevel]}`
        : words.nouns[group.key],
      tone: group.key as Tone,
    }));
    if (more > 0)
      entries.push({
        id: `${group.key}:more`,
        title: words.more(more),
        caption: group.title,
        tone: 'more',
      });
    if (side === 'bottom') {
      spread(entries.length, NODE_WIDTH + 30).forEach((x, i) =>
        add(entries[i]!.id, side, x - NODE_WIDTH / 2, 150, entries[i]!),
      );
    } else {
      const x = side === 'left' ? -NODE_WIDTH * 2 - 60 : NODE_WIDTH + 60;
      spread(entries.length, 72).forEach((y, i) =>
        add(entries[i]!.id, side, x, y - 28, entries[i]!),
      );
    }
  }
  if (model.hiddenCount > 0) {
    add('hidden', 'top', -NODE_WIDTH / 2, -150, {
      title: words.hidden(model.hiddenCount),
      caption: words.hiddenCaption,
      tone: 'hidden',
    });
  }
  return { nodes, edges };
}
