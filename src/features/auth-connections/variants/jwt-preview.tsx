// The header and claims a JWT of this connection would carry, computed in the browser from what
// is typed and sent nowhere. It watches only its inputs, so typing re-renders the preview alone.
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import type { ConnectionFormValues } from '../form/form-values.ts';
import { rowsToMap } from '../form/to-create-request.ts';

export type JwtPreviewInput = Pick<
  ConnectionFormValues,
  'algorithm' | 'key_id' | 'issuer' | 'audience' | 'subject' | 'expiration_seconds' | 'extra_params'
>;

export function previewJwt(input: JwtPreviewInput, nowSeconds: number) {
  const header: Record<string, string> = { alg: input.algorithm, typ: 'JWT' };
  if (input.key_id.trim() !== '') header.kid = input.key_id.trim();
  const lifetime = input.expiration_seconds;
  const claims: Record<string, string | number> = {
    ...rowsToMap(input.extra_params),
    iss: input.issuer.trim(),
    sub: input.subject.trim(),
    aud: input.audience.trim(),
    iat: nowSeconds,
  };
  if (lifetime !== undefined && Number.isInteger(lifetime)) claims.exp = nowSeconds + lifetime;
  return { header, claims };
}

const WATCHED = [
  'algorithm',
  'key_id',
  'issuer',
  'audience',
  'subject',
  'expiration_seconds',
  'extra_params',
] as const;

export function JwtPreview({ control }: { control: Control<ConnectionFormValues> }) {
  const m = useMessages();
  // iat/exp as of when the form opened: a preview, not a clock.
  const [now] = useState(() => Math.floor(Date.now() / 1000));
  return (
    <Paper
      ref={skipWhileOffScreenOnceSized}
      variant="outlined"
      component="section"
      aria-labelledby="jwt-preview-title"
      // While it is off screen (below twenty claim rows, say), the browser skips its layout and
      // paint: a keystroke in the issuer changes its text but costs nothing until it is scrolled
      // to (docs/decisions/0131). `auto` remembers the height it last had, so once it has been
      // laid out, scrolling to it moves nothing. Only from then: see skipWhileOffScreenOnceSized.
      sx={{
        p: 2,
        containIntrinsicSize: 'auto 320px',
        '&[data-sized]': { contentVisibility: 'auto' },
      }}
    >
      <Typography id="jwt-preview-title" variant="subtitle2" component="h3">
        {m.variants.jwtPreviewTitle}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {m.variants.jwtPreviewIntro}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap>
        <JsonBlock title={m.variants.jwtHeader} label={m.variants.jwtHeaderLabel}>
          <PreviewJson control={control} now={now} part="header" />
        </JsonBlock>
        <JsonBlock title={m.variants.jwtClaims} label={m.variants.jwtClaimsLabel}>
          <PreviewJson control={control} now={now} part="claims" />
        </JsonBlock>
      </Stack>
    </Paper>
  );
}

/**
 * Lets the browser skip the preview while it is off screen, from its first layout on. Skipped
 * from the start, it would stand in at the placeholder's 320 px until first scrolled to, then
 * grow to its real height (taller at 360 px, where header and claims stack) and push the buttons
 * below it down under the pointer: a press on "Create connection" and its release then landed on
 * different elements, and the click went nowhere (docs/decisions/0139). Set on the element, not
 * in state, so the form does not render again for it.
 */
function skipWhileOffScreenOnceSized(element: HTMLElement | null) {
  if (!element || typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver(() => {
    element.dataset.sized = '';
    observer.disconnect();
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * The only part that watches the fields: it renders bare text, so a keystroke re-renders no
 * styled component (the frame around it renders once).
 */
function PreviewJson(props: {
  control: Control<ConnectionFormValues>;
  now: number;
  part: 'header' | 'claims';
}) {
  const watched = useWatch({ control: props.control, name: WATCHED });
  const input = Object.fromEntries(WATCHED.map((k, i) => [k, watched[i]])) as JwtPreviewInput;
  return JSON.stringify(previewJwt(input, props.now)[props.part], null, 2);
}

function JsonBlock({
  title,
  label,
  children,
}: {
  title: string;
  label: string;
  children: ReactNode;
}) {
  return (
    <Box sx={{ flex: 1, minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="h4">
        {title}
      </Typography>
      <Box
        component="pre"
        aria-label={label}
        sx={{
          m: 0,
          p: 1.5,
          borderRadius: 1,
          bgcolor: 'action.hover',
          fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace',
          fontSize: 13,
          overflowX: 'auto',
        }}
      >
        {children}
      </Box>
    </Box>
  );
}
