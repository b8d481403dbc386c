// The edit form: the create form's widgets, prefilled with the stored non-secret values. Name and
// token URL are shown read-only (the API can't change them); each secret shows its state. Only
// changed fields are sent (toUpdateRequest), after a confirmation when others depend on it.
// The PATCH carries If-Match with the tag of the version the form loaded; a 412 shows the conflict
// notice, whose reload re-bases the form on their version and keeps what was typed (0070).
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Divider from '@mui/material/Divider';
import InputAdornment from '@mui/material/InputAdornment';
import Link from '@mui/material/Link';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useForm, type Path } from 'react-hook-form';
import { useQueryClient } from '@tanstack/react-query';
import type { AuthConnection, UpdateAuthType } from '../../../../contract/index.ts';
import { FormErrorAlert } from '../../../components/index.ts';
import { classifySaveError, type SaveFailure } from '../create/save-errors.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import { RichText } from '../../../i18n/rich-text.tsx';
import { labelFor } from '../field-labels.ts';
import { ConnectionField } from '../form/connection-field.tsx';
import { ConnectionFormSections, formLevelErrors } from '../form/connection-form-sections.tsx';
import type { ConnectionFormValues, FormFieldName } from '../form/form-values.ts';
import { connectionToFormValues } from '../form/from-connection.ts';
import { isSecretField } from '../../../../contract/index.ts';
import { usedByModel } from '../used-by/used-by-model.ts';
import { useUpdateAuthConnection } from '../mutations/use-update-connection.ts';
import { authConnectionsListOptions, useApiClient } from '../queries.ts';
import { ifMatchFor, rebase, theirChanges } from './conflict.ts';
import { isOwnEarlierSave } from './own-save.ts';
import { isAmbiguousFailure } from '../../../api/errors.ts';
import { ConflictNotice, type ConflictState } from './conflict-notice.tsx';
import { ConfirmDependentsDialog } from './confirm-dependents-dialog.tsx';
import { editResolver } from './edit-resolver.ts';
import { ClearableState, SecretState } from './field-state.tsx';
import { changedFields, toUpdateRequest } from './to-update-request.ts';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard.tsx';
import type { UpdateAuthConnectionRequest } from '../../../../contract/index.ts';
import { detailLabel } from '../detail/detail-fields.ts';
import { testStoredConnection } from '../../../api/connection-test-endpoints.ts';
import { useFormConnectionTest } from '../test-connection/use-form-connection-test.tsx';

type Props = {
  connection: AuthConnection;
  authType: UpdateAuthType;
  replaceHref: string;
  onSaved: (connection: AuthConnection) => void;
  onCancel: () => void;
};

const READ_ONLY = new Set<FormFieldName>(['name', 'token_url']);

export function EditConnectionForm({
  connection,
  authType,
  replaceHref,
  onSaved,
  onCancel,
}: Props) {
  // The version this edit is based on, pinned: a background refetch of the list must not move it
  // (the tag sent with the save would then hide a conflict). Only "Reload their version" does.
  const [base, setBase] = useState(connection);
  const stored = useMemo(() => connectionToFormValues(base, authType), [base, authType]);
  const m = useMessages();
  const resolver = useMemo(() => editResolver(authType, m), [authType, m]);
  const { control, handleSubmit, resetField, setError, formState, getValues, reset, setValue } =
    useForm<ConnectionFormValues>({
      defaultValues: stored,
      resolver,
      mode: 'onTouched',
    });
  const update = useUpdateAuthConnection();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [theirs, setTheirs] = useState<AuthConnection | null>(null);
  const [rebased, setRebased] = useState(false);
  const rebasedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (rebased) rebasedRef.current?.focus();
  }, [rebased]);

  /** The server's current version of this connection: null when it is gone. */
  const fetchTheirs = async (): Promise<AuthConnection | null> => {
    const list = await queryClient.fetchQuery({
      ...authConnectionsListOptions(client),
      staleTime: 0,
    });
    return list.find((item) => item.id === connection.id) ?? null;
  };

  const loadConflict = async () => {
    setConflict({ status: 'loading' });
    try {
      const current = await fetchTheirs();
      setTheirs(current);
      setConflict(
        current
          ? { status: 'ready', changes: theirChanges(authType, base, current, getValues()) }
          : { status: 'deleted' },
      );
      return current;
    } catch {
      setConflict({ status: 'error' });
      return null;
    }
  };

  const reloadTheirs = async () => {
    const current = theirs ?? (await loadConflict());
    if (!current) return;
    const { defaults, edits } = rebase(authType, base, current, getValues());
    setBase(current);
    reset(defaults);
    for (const [field, value] of Object.entries(edits)) {
      setValue(field as Path<ConnectionFormValues>, value as never, { shouldDirty: true });
    }
    setTheirs(null);
    setConflict(null);
    setFailure(null);
    setRebased(true);
  };
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [nothingChanged, setNothingChanged] = useState(false);
  const [confirming, setConfirming] = useState<{
    body: UpdateAuthConnectionRequest;
    values: ConnectionFormValues;
  } | null>(null);
  const [saved, setSaved] = useState(false);
  const dependents = useMemo(
    () => usedByModel(connection.used_by, m.dependents),
    [connection.used_by, m.dependents],
  );
  const guard = useUnsavedChangesGuard(formState.isDirty && !saved);

  // Whether the last attempt may have landed although its answer was lost (5xx, timeout, reset):
  // a 412 on its Retry is then checked against the server before it is called a conflict.
  const [mayHaveLanded, setMayHaveLanded] = useState(false);
  const settleAfterLostAnswer = async (values: ConnectionFormValues, result: SaveFailure) => {
    const current = await fetchTheirs().catch(() => null);
    if (current && isOwnEarlierSave(authType, base, current, values)) {
      setSaved(true);
      onSaved(current);
      return;
    }
    setFailure(result);
    void loadConflict();
  };

  const send = (body: UpdateAuthConnectionRequest, values: ConnectionFormValues) => {
    setFailure(null);
    setConflict(null);
    setRebased(false);
    update.mutate(
      { id: connection.id, body, ifMatch: ifMatchFor(base) },
      {
        onSuccess: (updated) => {
          setSaved(true);
          onSaved(updated);
        },
        onError: (error) => {
          const result = classifySaveError(error, values, { conflicts: true, messages: m });
          setMayHaveLanded(isAmbiguousFailure(error));
          if (result.kind === 'conflict' && mayHaveLanded) {
            void settleAfterLostAnswer(values, result);
            return;
          }
          setFailure(result);
          if (result.kind === 'conflict') void loadConflict();
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
      },
    );
  };

  const submit = handleSubmit((values) => {
    if (update.isPending) return;
    const body = toUpdateRequest(authType, stored, values);
    if (changedFields(body).length === 0) {
      setNothingChanged(true);
      return;
    }
    setNothingChanged(false);
    if (dependents.total > 0) setConfirming({ body, values });
    else send(body, values);
  });

  // Test what is typed: the stored connection with the changed fields (a new secret with the old
  // settings), exactly the body Save would send.
  const test = useFormConnectionTest({
    control,
    getValues,
    setError,
    handleSubmit,
    authType,
    toBody: (values) => toUpdateRequest(authType, stored, values),
    send: (body) => testStoredConnection(client, connection.id, body),
  });

  const field = (name: FormFieldName): ReactNode => {
    if (READ_ONLY.has(name)) {
      return (
        <ReadOnlyField
          key={name}
          label={labelFor(name, m)}
          value={String(stored[name])}
          replaceHref={replaceHref}
        />
      );
    }
    const label = labelFor(name, m);
    if (isSecretField(authType, name)) {
      return (
        <div key={name}>
          <ConnectionField control={control} authType={authType} name={name} required={false} />
          <SecretState
            control={control}
            name={name}
            label={label}
            onUndo={() => resetField(name)}
          />
        </div>
      );
    }
    if (name === 'key_id') {
      return (
        <div key={name}>
          <ConnectionField control={control} authType={authType} name={name} />
          <ClearableState
            control={control}
            name={name}
            label={label}
            stored={stored.key_id}
            onUndo={() => resetField(name)}
          />
        </div>
      );
    }
    return <ConnectionField key={name} control={control} authType={authType} name={name} />;
  };

  const formErrors = formLevelErrors(failure);

  return (
    <Stack
      component="form"
      noValidate
      onSubmit={submit}
      spacing={3}
      useFlexGap
      aria-label={m.edit.formLabel}
    >
      {formErrors.length > 0 && (
        <FormErrorAlert
          title={failure?.kind === 'retryable' ? m.create.notSaved : m.edit.refused}
          errors={formErrors}
          onRetry={failure?.kind === 'retryable' ? () => void submit() : undefined}
          retrying={update.isPending}
          retryAfter={failure?.kind === 'retryable' ? failure : undefined}
        />
      )}
      {conflict && <ConflictNotice state={conflict} onReload={() => void reloadTheirs()} />}
      {rebased && (
        <Alert ref={rebasedRef} tabIndex={-1} severity="info" role="status">
          {m.edit.rebased}
        </Alert>
      )}
      {failure?.kind === 'unauthorized' && (
        <Alert severity="warning">{m.create.unauthorized}</Alert>
      )}
      {nothingChanged && (
        <Alert severity="info" role="status">
          {m.edit.nothingChanged}
        </Alert>
      )}

      <ConnectionFormSections control={control} authType={authType} renderField={field} />
      {test.panel}

      <Divider />
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ justifyContent: 'flex-end' }}>
        {test.button}
        <Button onClick={() => guard.confirmLeave(onCancel)} disabled={update.isPending}>
          {m.common.cancel}
        </Button>
        <Button
          type="submit"
          variant="contained"
          disabled={update.isPending}
          startIcon={update.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          {update.isPending ? m.common.saving : m.edit.save}
        </Button>
      </Stack>

      <ConfirmDependentsDialog
        open={confirming !== null}
        connectionName={connection.name}
        model={dependents}
        changes={
          confirming ? changedFields(confirming.body).map((f) => detailLabel(authType, f, m)) : []
        }
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          const pending = confirming;
          setConfirming(null);
          if (pending) send(pending.body, pending.values);
        }}
      />
      {guard.dialog}
    </Stack>
  );
}

function ReadOnlyField({
  label,
  value,
  replaceHref,
}: {
  label: string;
  value: string;
  replaceHref: string;
}) {
  const m = useMessages().edit;
  return (
    <TextField
      label={label}
      value={value}
      fullWidth
      helperText={
        <RichText
          message={m.cannotChange}
          values={{ replace: <Link href={replaceHref}>{m.useReplace}</Link> }}
        />
      }
      slotProps={{
        input: {
          readOnly: true,
          endAdornment: (
            <InputAdornment position="end">
              <LockOutlinedIcon fontSize="small" aria-hidden />
            </InputAdornment>
          ),
          sx: { bgcolor: 'action.hover', color: 'text.secondary' },
        },
        formHelperText: { component: 'div' },
      }}
    />
  );
}
