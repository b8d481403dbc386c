// A minimal react-hook-form host for component tests: renders the widgets under test with the
// form's control, submits values to a spy, and can raise errors the way a resolver or a 422 would.
import { useEffect, type ReactNode } from 'react';
import Stack from '@mui/material/Stack';
import {
  useForm,
  type Control,
  type DefaultValues,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form';

export interface TestFormProps<T extends FieldValues> {
  defaultValues: DefaultValues<T>;
  children: (control: Control<T>) => ReactNode;
  onSubmit?: (values: T) => void;
  /** Field errors to set after mounting, as setError would from a server answer. */
  errors?: Partial<Record<FieldPath<T>, string>>;
  /** Called on every render of the form root, to prove typing doesn't re-render it. */
  onRender?: () => void;
}

export function TestForm<T extends FieldValues>({
  defaultValues,
  children,
  onSubmit,
  errors,
  onRender,
}: TestFormProps<T>) {
  const { control, handleSubmit, setError } = useForm<T>({ defaultValues });
  onRender?.();

  useEffect(() => {
    for (const [name, message] of Object.entries(errors ?? {})) {
      setError(name as FieldPath<T>, { type: 'server', message: String(message) });
    }
  }, [errors, setError]);

  return (
    <form noValidate onSubmit={handleSubmit((values) => onSubmit?.(values))}>
      <Stack spacing={2}>
        {children(control)}
        <button type="submit">Submit</button>
      </Stack>
    </form>
  );
}
