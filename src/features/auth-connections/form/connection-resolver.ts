// react-hook-form resolver over validateConnectionForm: the contract's union decides, and its
// issues land on the form's own paths (rows included) through @hookform/resolvers' nesting.
import { toNestErrors } from '@hookform/resolvers';
import type { FieldErrors, Resolver } from 'react-hook-form';
import type { ConnectionFormValues } from './form-values.ts';
import { validateConnectionForm, type ValidationWords } from './validate-connection-form.ts';

/** Path of form-level errors (an issue no field owns). */
export const ROOT_ERROR = 'root.form';

/** Messages from the page's useMessages(), so a host's words reach every validation message. */
export const connectionResolver =
  (words?: ValidationWords): Resolver<ConnectionFormValues> =>
  (values, _context, options) => {
    const problems = validateConnectionForm(values, words);
    if (problems.size === 0) return { values, errors: {} };
    const flat: FieldErrors = {};
    for (const [path, message] of problems) {
      flat[path === '' ? ROOT_ERROR : path] = { type: 'validate', message };
    }
    return { values: {}, errors: toNestErrors(flat, options) };
  };
