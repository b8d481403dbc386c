// Validation on edit: the create form's checks, minus what edit doesn't send. A secret left empty
// keeps the stored one (so it is not "required"), and name and token_url can't change.
import { toNestErrors } from '@hookform/resolvers';
import type { FieldErrors, Resolver } from 'react-hook-form';
import type { UpdateAuthType } from '../../../../contract/index.ts';
import { ROOT_ERROR } from '../form/connection-resolver.ts';
import type { ConnectionFormValues, FormFieldName } from '../form/form-values.ts';
import { isSecretField } from '../../../../contract/index.ts';
import { validateConnectionForm } from '../form/validate-connection-form.ts';

const NOT_SENT = new Set(['name', 'token_url']);

export function editProblems(
  authType: UpdateAuthType,
  values: ConnectionFormValues,
): Map<string, string> {
  const problems = validateConnectionForm(values);
  for (const path of [...problems.keys()]) {
    const keptSecret = isSecretField(authType, path) && values[path as FormFieldName] === '';
    if (NOT_SENT.has(path) || keptSecret) problems.delete(path);
  }
  return problems;
}

export function editResolver(authType: UpdateAuthType): Resolver<ConnectionFormValues> {
  return (values, _context, options) => {
    const problems = editProblems(authType, values);
    if (problems.size === 0) return { values, errors: {} };
    const flat: FieldErrors = {};
    for (const [path, message] of problems) {
      flat[path === '' ? ROOT_ERROR : path] = { type: 'validate', message };
    }
    return { values: {}, errors: toNestErrors(flat, options) };
  };
}
