// The body every connection form shares (create, edit, replace): connection, credentials and
// optional sections in one order, with the type's extras (key check, JWT preview) where they
// belong. A form that shows some fields differently (edit: read-only name, secret states) passes
// its own renderField.
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { memo, startTransition, useEffect, useState, type ReactNode } from 'react';
import type { Control } from 'react-hook-form';
import type { CreateAuthType } from '../../../../contract/index.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import type { SaveFailure } from '../create/save-errors.ts';
import { paintLayer } from '../../../components/paint-layer.ts';
import { formExtraOf } from '../auth-types.ts';
import { FORM_EXTRAS } from '../variants/variant-extras.ts';
import { ConnectionField } from './connection-field.tsx';
import { fieldSections } from './field-order.ts';
import type { ConnectionFormValues, FormFieldName } from './form-values.ts';

type Props = {
  control: Control<ConnectionFormValues>;
  authType: CreateAuthType;
  /** Must key what it returns by the field name. */
  renderField?: (name: FormFieldName) => ReactNode;
};

// Memoised: a type switch renders the form once before its values are switched, and that render
// need not reach the fields (connection-form.tsx).
export const ConnectionFormSections = memo(function ConnectionFormSections({
  control,
  authType,
  renderField,
}: Props) {
  const m = useMessages();
  const render =
    renderField ??
    ((name: FormFieldName) => (
      <ConnectionField key={name} control={control} authType={authType} name={name} />
    ));
  const sections = fieldSections(authType);
  const extraName = formExtraOf(authType);
  const extra = extraName && FORM_EXTRAS[extraName];
  const extraAfter = (place: 'credentials' | 'all') =>
    extra?.after === place ? <extra.Component control={control} /> : null;
  const below = useSecondPass(authType);
  return (
    <>
      <Section title={m.create.sectionConnection}>
        {render('name')}
        {render('provider')}
      </Section>
      <Section title={m.create.sectionCredentials}>
        {sections.credentials.map(render)}
        {extraAfter('credentials')}
      </Section>
      {below && sections.optional.length > 0 && (
        <Section title={m.create.sectionOptional}>{sections.optional.map(render)}</Section>
      )}
      {below && extraAfter('all')}
    </>
  );
});

/**
 * False in the first render of a type, true from a second, interruptible one (a transition)
 * right after it. What a form needs first (name, provider, the credentials) is painted before
 * what it may take (docs/decisions/0114, 0116): on a deep link or a type switch the optional
 * fields, below the fold, are about half of the form's components. Their values are in the form
 * from the start, so a save before they render sends the same body.
 */
function useSecondPass(authType: CreateAuthType): boolean {
  const [readyFor, setReadyFor] = useState<CreateAuthType | null>(null);
  useEffect(() => startTransition(() => setReadyFor(authType)), [authType]);
  return readyFor === authType;
}

/** What a failed save shows in the form's top alert (field errors sit on their fields). */
export function formLevelErrors(failure: SaveFailure | null): string[] {
  if (failure?.kind === 'fields') return failure.formErrors;
  if (failure?.kind === 'retryable') return [failure.message];
  return [];
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack component="section" spacing={2} useFlexGap aria-label={title} sx={paintLayer}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {children}
    </Stack>
  );
}
