// @vitest-environment jsdom
import { Profiler, useEffect } from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { createTheme, ThemeProvider, type Theme } from '@mui/material/styles';
import { createAppTheme } from '../../../app/theme.ts';
import { hasFieldLook } from '../../../components/field-look.ts';
import { emptyFormValues, type ConnectionFormValues } from './form-values.ts';
import { PlainTextField } from './plain-text-field.tsx';

type Form = UseFormReturn<ConnectionFormValues>;

function Harness({ onForm, onRender }: { onForm: (form: Form) => void; onRender: () => void }) {
  const methods = useForm<ConnectionFormValues>({
    defaultValues: emptyFormValues('oauth2_jwt'),
    mode: 'onTouched',
  });
  useEffect(() => onForm(methods), [methods, onForm]);
  return (
    <Profiler id="issuer" onRender={onRender}>
      <PlainTextField
        control={methods.control}
        name="issuer"
        label="Issuer"
        helperText="Who issued the JWT."
        required
      />
    </Profiler>
  );
}

function setup(theme: Theme) {
  let form: Form | undefined;
  const onForm = (methods: Form) => {
    form = methods;
  };
  const onRender = vi.fn();
  const { container } = render(
    <ThemeProvider theme={theme}>
      <Harness onForm={onForm} onRender={onRender} />
    </ThemeProvider>,
  );
  return { form: () => form!, onRender, user: userEvent.setup(), container };
}

// The app's theme draws the field natively (NativeTextField); a host's theme without our field
// look gets MUI's TextField in that look. Both must behave the same.
const looks: [string, Theme, boolean][] = [
  ['in the app theme, a native input', createAppTheme('light'), true],
  ['in a host theme, MUI TextField', createTheme(), false],
];

describe.each(looks)('PlainTextField %s', (_, theme, native) => {
  const setupField = () => setup(theme);

  it('is drawn by the component the theme calls for', () => {
    expect(hasFieldLook(theme)).toBe(native);
    const { container } = setupField();
    expect(container.querySelector('.MuiFormControl-root') === null).toBe(native);
  });

  it('is named by its label, described by its helper text and marked required', () => {
    setupField();
    const input = screen.getByRole('textbox', { name: /issuer/i });
    expect(input).toHaveAccessibleDescription('Who issued the JWT.');
    expect(input).toBeRequired();
    expect(input).toHaveAttribute('name', 'issuer');
    expect(input).toHaveAttribute('spellcheck', 'false');
  });

  it('takes keys into the form without rendering the field again', async () => {
    const { form, onRender, user } = setupField();
    const input = screen.getByRole('textbox', { name: /issuer/i });
    // The first key turns the input from empty to filled, which MUI's form control notes once.
    await user.type(input, 'c');
    const rendersAfterFirstKey = onRender.mock.calls.length;
    await user.type(input, 'lient-42');
    expect(form().getValues('issuer')).toBe('client-42');
    expect(onRender.mock.calls.length).toBe(rendersAfterFirstKey);
  });

  it('shows values written by the form (import, type switch, edit)', () => {
    const { form } = setupField();
    const input = screen.getByRole('textbox', { name: /issuer/i });
    act(() => form().setValue('issuer', 'svc@example.iam'));
    expect(input).toHaveValue('svc@example.iam');
    act(() => form().reset({ ...emptyFormValues('oauth2_jwt'), issuer: 'from-edit' }));
    expect(input).toHaveValue('from-edit');
  });

  it('shows its error in place of the helper text, and the helper text again once fixed', async () => {
    const { form } = setupField();
    const input = screen.getByRole('textbox', { name: /issuer/i });
    expect(screen.getByText('Who issued the JWT.')).toBeVisible();
    act(() => form().setError('issuer', { type: 'server', message: 'Enter an issuer' }));
    expect(await screen.findByText('Enter an issuer')).toBeVisible();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Who issued the JWT.')).toBeNull();
    act(() => form().clearErrors('issuer'));
    expect(await screen.findByText('Who issued the JWT.')).toBeVisible();
    expect(input).toHaveAttribute('aria-invalid', 'false');
  });
});
