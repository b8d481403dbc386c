/// <reference types="vite/client" />
// The picture of used_by: the connection in the middle, tools on the left, MCP servers on the
// right, integration connections below, the dependents the admin can't see as one node above.
// Loaded lazily (React.lazy) with the detail view only; its stylesheet is imported here so that
// Vite bundles it as a .css file of this chunk, which the strict CSP allows (style-src 'self'),
// instead of a <style> tag injected at runtime.
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTheme, type Theme } from '@mui/material/styles';
import {
  Handle,
  Position,
  ReactFlow,
  type Edge,
  type Node,
  type NodeProps,
  type NodeTypes,
} from '@xyflow/react';
import type { DependentGroupKey, DependentsWords, UsedByModel } from './used-by-model.ts';

type Side = 'left' | 'right' | 'top' | 'bottom';
type Tone = 'center' | DependentGroupKey | 'hidden' | 'more';
type ItemData = { title: string; caption: string; tone: Tone; side?: Side };
type ItemNode = Node<ItemData, 'item'>;

const NODE_WIDTH = 190;
/** Per group; the rest become one "+N more" node (the list below names them all). */
const MAX_PER_GROUP = 6;
const POSITIONS: Record<Side, Position> = {
  left: Position.Left,
  right: Position.Right,
  top: Position.Top,
  bottom: Position.Bottom,
};
const OPPOSITE: Record<Side, Side> = { left: 'right', right: 'left', top: 'bottom', bottom: 'top' };
const GROUP_SIDE: Record<DependentGroupKey, Side> = {
  tools: 'left',
  mcp_servers: 'right',
  integration_connections: 'bottom',
};

function toneColor(theme: Theme, tone: Tone): string {
  switch (tone) {
    case 'center':
      return theme.palette.primary.main;
    case 'tools':
      return theme.palette.info.main;
    case 'mcp_servers':
      return theme.palette.secondary.main;
    case 'integration_connections':
      return theme.palette.success.main;
    case 'hidden':
    case 'more':
      return theme.palette.text.secondary;
  }
}

function ItemNodeView({ data }: NodeProps<ItemNode>) {
  const theme = useTheme();
  const color = toneColor(theme, data.tone);
  const handleStyle = { opacity: 0, pointerEvents: 'none' as const };
  return (
    <Box
      sx={{
        width: NODE_WIDTH,
        px: 1.5,
        py: 1,
        borderRadius: 1,
        border: 1,
        borderColor: data.tone === 'center' ? color : 'divider',
        borderLeft: `4px solid ${color}`,
        bgcolor: 'background.paper',
        borderStyle: data.tone === 'hidden' ? 'dashed' : 'solid',
        boxShadow: data.tone === 'center' ? 2 : 0,
      }}
    >
      <Typography variant="body2" noWrap sx={{ fontWeight: 600 }} title={data.title}>
        {data.title}
      </Typography>
      <Typography variant="caption" noWrap component="div" sx={{ color: 'text.secondary' }}>
        {data.caption}
      </Typography>
      {data.tone === 'center' ? (
        (Object.keys(POSITIONS) as Side[]).map((side) => (
          <Handle
            key={side}
            id={side}
            type="target"
            position={POSITIONS[side]}
            isConnectable={false}
            style={handleStyle}
          />
        ))
      ) : (
        <Handle
          type="source"
          position={POSITIONS[OPPOSITE[data.side ?? 'left']]}
          isConnectable={false}
          style={handleStyle}
        />
      )}
    </Box>
  );
}

const NODE_TYPES: NodeTypes = { item: ItemNodeView };

/** Positions along a line, centred on 0. */
function spread(count: number, gap: number): number[] {
  return Array.from({ length: count }, (_, i) => (i - (count - 1) / 2) * gap);
}

export function layoutUsedBy(
  center: { title: string; caption: string },
  model: UsedByModel,
  words: DependentsWords,
): { nodes: ItemNode[]; edges: Edge[] } {
  const nodes: ItemNode[] = [
    {
      id: 'center',
      type: 'item',
      position: { x: -NODE_WIDTH / 2, y: -28 },
      data: { ...center, tone: 'center' },
    },
  ];
  const edges: Edge[] = [];
  const add = (id: string, side: Side, x: number, y: number, data: Omit<ItemData, 'side'>) => {
    nodes.push({ id, type: 'item', position: { x, y }, data: { ...data, side } });
    edges.push({ id: `e-${id}`, source: id, target: 'center', targetHandle: side });
  };

  for (const group of model.groups) {
    const side = GROUP_SIDE[group.key];
    const shown = group.items.slice(0, MAX_PER_GROUP);
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

type Props = {
  center: { title: string; caption: string };
  model: UsedByModel;
  /** Read by assistive technology instead of the picture. */
  label: string;
  /** Passed in rather than read from the messages: this chunk is at its size budget. */
  words: DependentsWords;
};

export default function UsedByGraph({ center, model, label, words }: Props) {
  const theme = useTheme();
  const { nodes, edges } = useMemo(() => {
    const layout = layoutUsedBy(center, model, words);
    const stroke = theme.palette.text.disabled;
    return {
      nodes: layout.nodes,
      edges: layout.edges.map((edge) => ({ ...edge, style: { stroke, strokeWidth: 1.5 } })),
    };
  }, [center, model, theme, words]);
  const rows = Math.max(
    ...model.groups
      .filter((g) => g.key !== 'integration_connections')
      .map((g) => Math.min(g.items.length, MAX_PER_GROUP + 1)),
    1,
  );
  return (
    <Box
      role="img"
      aria-label={label}
      sx={{
        height: Math.min(480, Math.max(300, rows * 72 + 200)),
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.default',
        overflow: 'hidden',
      }}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        colorMode={theme.palette.mode}
        fitView
        fitViewOptions={{ padding: 0.15, maxZoom: 1 }}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        panOnDrag={false}
        zoomOnScroll={false}
        zoomOnPinch={false}
        zoomOnDoubleClick={false}
        preventScrolling={false}
        disableKeyboardA11y
        proOptions={{ hideAttribution: true }}
      />
    </Box>
  );
}
