import type { ReactNode } from 'react';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';

/**
 * What every form widget takes. `name` is any path of the form: the variant forms are
 * discriminated unions, where value-typed paths (FieldPathByValue) don't resolve, so each widget
 * reads its value defensively instead.
 */
export interface ControlledFieldProps<T extends FieldValues, O = T> {
  control: Control<T, unknown, O>;
  name: FieldPath<T>;
  label: string;
  helperText?: ReactNode;
  required?: boolean;
  disabled?: boolean;
}
