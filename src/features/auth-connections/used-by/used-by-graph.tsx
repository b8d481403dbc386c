/// <reference types="vite/client" />
// The picture of used_by, drawn with xyflow from the layout of used-by-layout.ts.
// Loaded lazily (React.lazy) with the detail view only; its stylesheet is imported here so that
// Vite bundles it as a .css file of this chunk, which the strict CSP allows (style-src 'self'),
// instead of a <style> tag injected at runtime.
import '@xyflow/react/dist/style.css';
import { useCallback, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTheme, type Theme } from '@mui/material/styles';
import {
  Handle,
  Position,
  ReactFlow,
  type Edge,
  type NodeProps,
  type NodeTypes,
} from '@xyflow/react';
import {
  MAX_PER_GROUP,
  NARROW_BELOW,
  NARROW_ROW,
  NODE_WIDTH,
  type ItemNode,
  type Side,
  type Tone,
} from './used-by-layout.ts';
import type { UsedByModel } from './used-by-model.ts';

const POSITIONS: Record<Side, Position> = {
  left: Position.Left,
  right: Position.Right,
  top: Position.Top,
  bottom: Position.Bottom,
};
const OPPOSITE: Record<Side, Side> = { left: 'right', right: 'left', top: 'bottom', bottom: 'top' };

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
        width: data.width ?? NODE_WIDTH,
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
      <Typography
        variant="body2"
        noWrap={!data.width}
        // In the narrow column a long name takes two lines rather than being cut short.
        sx={
          data.width
            ? {
                fontWeight: 600,
                overflowWrap: 'anywhere',
                display: '-webkit-box',
                WebkitLineClamp: 2,
                WebkitBoxOrient: 'vertical',
                overflow: 'hidden',
              }
            : { fontWeight: 600 }
        }
        title={data.title}
      >
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

type Props = {
  model: UsedByModel;
  /** Read by assistive technology instead of the picture. */
  label: string;
  /** `layoutUsedBy` bound to the connection and the words (this chunk is at its size budget). */
  layout: (narrow: boolean) => { nodes: ItemNode[]; edges: Edge[] };
};

/** The width of an element, followed as it changes (ResizeObserver: see canDraw). */
function useWidth(): [(el: HTMLElement | null) => void, number | undefined] {
  const [width, setWidth] = useState<number>();
  const ref = useCallback((el: HTMLElement | null) => {
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

export default function UsedByGraph({ model, label, layout: layoutFor }: Props) {
  const theme = useTheme();
  const [boxRef, width] = useWidth();
  const narrow = width !== undefined && width < NARROW_BELOW;
  const { nodes, edges } = useMemo(() => {
    const layout = layoutFor(narrow);
    const stroke = theme.palette.text.disabled;
    return {
      nodes: layout.nodes,
      edges: layout.edges.map((edge) => ({ ...edge, style: { stroke, strokeWidth: 1.5 } })),
    };
  }, [layoutFor, theme, narrow]);
  const rows = Math.max(
    ...model.groups
      .filter((g) => g.key !== 'integration_connections')
      .map((g) => Math.min(g.items.length, MAX_PER_GROUP + 1)),
    1,
  );
  const height = narrow
    ? nodes.length * NARROW_ROW + 40
    : Math.min(480, Math.max(300, rows * 72 + 200));
  return (
    <Box
      ref={boxRef}
      role="img"
      aria-label={label}
      sx={{
        height,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.default',
        overflow: 'hidden',
      }}
    >
      <ReactFlow
        // A new layout is fitted anew.
        key={narrow ? 'narrow' : 'wide'}
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
