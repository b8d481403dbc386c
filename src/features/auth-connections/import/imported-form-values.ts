// What an import fills, as form values. Which fields a type takes comes from the contract's
// create shapes (variantFieldNames), the one table of fields per type, so an import can never
// fill a field the chosen type doesn't send. Maps (the only object values an import holds)
// become rows, as the form keeps them, the way a stored connection's maps do (mapToRows).
import type { CreateAuthType } from '../../../../contract/enums.ts';
import type { Imported, ImportedFields } from '../../../import/types.ts';
import {
  emptyFormValues,
  switchAuthType,
  variantFieldNames,
  type ConnectionFormValues,
} from '../form/form-values.ts';
import { mapToRows } from '../form/from-connection.ts';

const isMap = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The types an imported credential fits, the one it names first. */
export function fittingTypes(imported: Imported): CreateAuthType[] {
  return [imported.authType, ...(imported.alsoFits ?? [])];
}

/** The type to fill: the admin's current pick when the credential fits it, else its own. */
export function chooseAuthType(imported: Imported, current: CreateAuthType | null): CreateAuthType {
  return current && fittingTypes(imported).includes(current) ? current : imported.authType;
}

/**
 * Form values for `authType` filled from the import. With `base` (Replace), its values stay
 * where the import says nothing, and its name and provider are kept.
 */
export function importedFormValues(
  fields: ImportedFields,
  authType: CreateAuthType,
  base?: ConnectionFormValues,
): ConnectionFormValues {
  const values: Record<string, unknown> = base
    ? { ...switchAuthType(base, authType) }
    : { ...emptyFormValues(authType) };
  const accepted = new Set<string>(variantFieldNames(authType));
  if (!base) ['name', 'provider'].forEach((field) => accepted.add(field));
  for (const [field, value] of Object.entries(fields) as [keyof ImportedFields, unknown][]) {
    if (value === undefined || !accepted.has(field)) continue;
    values[field] = isMap(value) ? mapToRows(value) : value;
  }
  return values as ConnectionFormValues;
}
