// "Used by" on the detail page: the picture (lazy, with its own chunk and stylesheet) above the
// accessible list that carries the same facts.
import { useCallback, useMemo } from 'react';
import { lazyWithRetry } from '../../../components/lazy-with-retry.tsx';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { UsedBy } from '../../../../contract/index.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import { UsedByList } from './used-by-list.tsx';
import { layoutUsedBy } from './used-by-layout.ts';
import { usedByModel } from './used-by-model.ts';

const UsedByGraph = lazyWithRetry(
  () => import('./used-by-graph.tsx'),
  <Skeleton variant="rounded" height={300} />,
);

/** xyflow measures its nodes with ResizeObserver; without it (old browsers, jsdom) the list alone stays. */
const canDraw = typeof ResizeObserver !== 'undefined';

type Props = {
  usedBy: UsedBy | null | undefined;
  connectionName: string;
  typeLabel: string;
  headingId: string;
};

export function UsedBySection({ usedBy, connectionName, typeLabel, headingId }: Props) {
  const m = useMessages();
  const words = m.dependents;
  const model = useMemo(() => usedByModel(usedBy, words), [usedBy, words]);
  const layout = useCallback(
    (narrow: boolean) =>
      layoutUsedBy({ title: connectionName, caption: typeLabel }, model, words, narrow),
    [connectionName, typeLabel, model, words],
  );
  return (
    <Stack component="section" aria-labelledby={headingId} spacing={2} useFlexGap>
      <Typography variant="h2" id={headingId}>
        {words.title}
      </Typography>
      {model.total === 0 ? (
        <Typography color="text.secondary">{words.none}</Typography>
      ) : (
        <>
          <Typography color="text.secondary">{words.calls(model.total)}</Typography>
          {canDraw && (
            <UsedByGraph
              model={model}
              label={words.pictureLabel(connectionName, model.total)}
              layout={layout}
            />
          )}
          <UsedByList model={model} />
        </>
      )}
    </Stack>
  );
}
