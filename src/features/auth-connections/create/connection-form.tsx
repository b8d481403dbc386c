// The create form for one auth type. react-hook-form stays uncontrolled: fields subscribe to
// their own values, so typing does not re-render this component (GUIDE §7).
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useForm, useWatch, type Path } from 'react-hook-form';
import type { AuthConnection, CreateAuthType } from '../../../../contract/index.ts';
import { FormErrorAlert } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import { connectionResolver } from '../form/connection-resolver.ts';
import { ConnectionFormSections, formLevelErrors } from '../form/connection-form-sections.tsx';
import { emptyFormValues, switchAuthType, type ConnectionFormValues } from '../form/form-values.ts';
import { toCreateRequest } from '../form/to-create-request.ts';
import { useApiClient, useCreateAuthConnection } from '../queries.ts';
import { testNewConnection } from '../../../api/connection-test-endpoints.ts';
import { useFormConnectionTest } from '../test-connection/use-form-connection-test.tsx';
import { classifySaveError, type SaveFailure } from './save-errors.ts';

type Props = {
  authType: CreateAuthType;
  onCreated: (connection: AuthConnection) => void;
  onCancel: () => void;
  /** Prefilled values of the same type (Replace); empty values otherwise. */
  initialValues?: ConnectionFormValues;
  submitLabel?: string;
  /** Lets the page guard unsaved changes when the admin leaves. */
  onDirtyChange?: (dirty: boolean) => void;
};

export function ConnectionForm({
  authType,
  onCreated,
  onCancel,
  initialValues,
  submitLabel,
  onDirtyChange,
}: Props) {
  const m = useMessages();
  const resolver = useMemo(() => connectionResolver(m), [m]);
  const { control, handleSubmit, getValues, reset, setError, formState } =
    useForm<ConnectionFormValues>({
      defaultValues: initialValues ?? emptyFormValues(authType),
      resolver,
      mode: 'onTouched',
    });
  const create = useCreateAuthConnection();
  const [failure, setFailure] = useState<SaveFailure | null>(null);

  // Picking another type keeps what the two types share (name, provider, ...). The sections show
  // the type the values hold, which the layout effect switches before paint: the new type's
  // fields mount once, with their values, instead of mounting empty and re-rendering after a
  // reset (docs/decisions/0116).
  const shownType = useWatch({ control, name: 'auth_type' });
  useLayoutEffect(() => {
    if (getValues('auth_type') !== authType) reset(switchAuthType(getValues(), authType));
  }, [authType, getValues, reset]);

  const { isDirty } = formState;
  useEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange]);

  const submit = handleSubmit((values) => {
    if (create.isPending) return;
    setFailure(null);
    create.mutate(toCreateRequest(values), {
      onSuccess: (created) => onCreated(created),
      onError: (error) => {
        const result = classifySaveError(error, values, { messages: m });
        setFailure(result);
        if (result.kind === 'fields') {
          result.fieldErrors.forEach(([path, message], i) =>
            setError(
              path as Path<ConnectionFormValues>,
              { type: 'server', message },
              { shouldFocus: i === 0 },
            ),
          );
        }
      },
    });
  });

  const client = useApiClient();
  const test = useFormConnectionTest({
    control,
    getValues,
    setError,
    handleSubmit,
    authType: shownType,
    toBody: toCreateRequest,
    send: (body) => testNewConnection(client, body),
  });

  const formErrors = formLevelErrors(failure);

  return (
    <Stack
      component="form"
      noValidate
      onSubmit={submit}
      spacing={3}
      useFlexGap
      aria-label={m.create.formLabel}
    >
      {formErrors.length > 0 && (
        <FormErrorAlert
          title={failure?.kind === 'retryable' ? m.create.notSaved : m.create.refused}
          errors={formErrors}
          onRetry={failure?.kind === 'retryable' ? () => void submit() : undefined}
          retryAfter={failure?.kind === 'retryable' ? failure : undefined}
        />
      )}
      {failure?.kind === 'unauthorized' && (
        <Alert severity="warning">{m.create.unauthorized}</Alert>
      )}

      <ConnectionFormSections control={control} authType={shownType} />
      {test.panel}

      <Divider />
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ justifyContent: 'flex-end' }}>
        {test.button}
        <Button onClick={onCancel} disabled={create.isPending}>
          {m.common.cancel}
        </Button>
        <Button
          type="submit"
          variant="contained"
          disabled={create.isPending}
          startIcon={create.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          {create.isPending ? m.common.saving : (submitLabel ?? m.create.submit)}
        </Button>
      </Stack>
    </Stack>
  );
}
