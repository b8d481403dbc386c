// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { ThemeProvider } from '@mui/material/styles';
import { createAppTheme } from '../app/theme.ts';
import userEvent from '@testing-library/user-event';
import { NumberField } from './number-field.tsx';
import { SelectField } from './select-field.tsx';
import { SwitchField } from './switch-field.tsx';
import { TestForm } from './test-form.tsx';

interface Values {
  algorithm: string;
  expiration_seconds: number | undefined;
  basic_auth_in_header: boolean;
}

function renderFields(errors?: { expiration_seconds?: string }) {
  const onSubmit = vi.fn<(values: Values) => void>();
  render(
    <TestForm<Values>
      defaultValues={{ algorithm: 'RS256', expiration_seconds: 3600, basic_auth_in_header: false }}
      onSubmit={onSubmit}
      errors={errors}
    >
      {(control) => (
        <>
          <SelectField
            control={control}
            name="algorithm"
            label="Algorithm"
            options={[
              { value: 'RS256', label: 'RS256' },
              { value: 'HS256', label: 'HS256' },
            ]}
          />
          <NumberField
            control={control}
            name="expiration_seconds"
            label="Expiration seconds"
            helperText="Lifetime of the signed JWT."
            min={60}
            max={86400}
          />
          <SwitchField
            control={control}
            name="basic_auth_in_header"
            label="Basic auth in header"
            helperText="Send the client credentials in an Authorization header."
          />
        </>
      )}
    </TestForm>,
  );
  const user = userEvent.setup();
  const submit = async () => {
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    return onSubmit.mock.lastCall?.[0];
  };
  return { user, submit };
}

describe('SelectField, NumberField and SwitchField', () => {
  it('edit their values through the form', async () => {
    const { user, submit } = renderFields();
    await user.click(screen.getByRole('combobox', { name: /^Algorithm/ }));
    await user.click(screen.getByRole('option', { name: 'HS256' }));

    const seconds = screen.getByRole('spinbutton', { name: 'Expiration seconds' });
    await user.clear(seconds);
    await user.type(seconds, '600');

    await user.click(screen.getByRole('switch', { name: 'Basic auth in header' }));

    expect(await submit()).toEqual({
      algorithm: 'HS256',
      expiration_seconds: 600,
      basic_auth_in_header: true,
    });
  });

  it('shows the range of a number and holds undefined while it is empty', async () => {
    // The words write the numbers: no Intl.NumberFormat, which would load ICU's number data on
    // the deep link (docs/decisions/0134).
    const numberFormats = vi.spyOn(Intl, 'NumberFormat');
    const { user, submit } = renderFields();
    const made = numberFormats.mock.calls.length;
    numberFormats.mockRestore(); // before asserting, so a failure leaves no spy behind
    expect(made).toBe(0);
    const seconds = screen.getByRole('spinbutton', { name: 'Expiration seconds' });
    expect(seconds).toHaveAccessibleDescription(
      'Lifetime of the signed JWT. Between 60 and 86,400.',
    );
    expect(seconds).toHaveAttribute('min', '60');
    expect(seconds).toHaveAttribute('max', '86400');
    await user.clear(seconds);
    expect(seconds).toHaveValue(null);
    expect((await submit())?.expiration_seconds).toBeUndefined();
    // Emptied again after typing: stays empty rather than snapping back to the default.
    await user.type(seconds, '90');
    await user.clear(seconds);
    expect(seconds).toHaveValue(null);
    await user.type(seconds, '120');
    expect((await submit())?.expiration_seconds).toBe(120);
  });

  it('shows a field error in place of the helper text', async () => {
    renderFields({ expiration_seconds: 'Input should be less than or equal to 86400' });
    const seconds = screen.getByRole('spinbutton', { name: 'Expiration seconds' });
    expect(await screen.findByText('Input should be less than or equal to 86400')).toBeVisible();
    expect(seconds).toHaveAttribute('aria-invalid', 'true');
  });

  it('describes the switch with its helper text', () => {
    renderFields();
    expect(
      screen.getByRole('switch', { name: 'Basic auth in header' }),
    ).toHaveAccessibleDescription('Send the client credentials in an Authorization header.');
  });
});

// The app's theme draws the select natively (native-field.tsx); the cases above run it in MUI's
// default theme, where it stays MUI's select, as under a host's theme.
describe('SelectField in the app theme: a native select', () => {
  function renderSelect(props: { error?: string; emptyLabel?: string; value?: string } = {}) {
    const onSubmit = vi.fn<(values: { algorithm: string }) => void>();
    render(
      <ThemeProvider theme={createAppTheme('light')}>
        <TestForm<{ algorithm: string }>
          defaultValues={{ algorithm: props.value ?? 'RS256' }}
          onSubmit={onSubmit}
          errors={props.error ? { algorithm: props.error } : undefined}
        >
          {(control) => (
            <SelectField
              control={control}
              name="algorithm"
              label="Algorithm"
              helperText="How the JWT is signed."
              required
              emptyLabel={props.emptyLabel}
              options={[
                { value: 'RS256', label: 'RS256' },
                { value: 'HS256', label: 'HS256' },
              ]}
            />
          )}
        </TestForm>
      </ThemeProvider>,
    );
    const select = screen.getByRole('combobox', { name: /^Algorithm/ });
    return { select, onSubmit, user: userEvent.setup() };
  }

  it('is a <select> named by its label, described by its helper text, and sets the value', async () => {
    const { select, onSubmit, user } = renderSelect();
    expect(select.tagName).toBe('SELECT');
    expect(select).toHaveAccessibleDescription('How the JWT is signed.');
    expect(select).toBeRequired();
    expect(select).toHaveValue('RS256');
    await user.selectOptions(select, 'HS256');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(onSubmit.mock.lastCall?.[0]).toEqual({ algorithm: 'HS256' });
  });

  it('shows an error in place of the helper text', async () => {
    const { select } = renderSelect({ error: 'Pick an algorithm' });
    expect(await screen.findByText('Pick an algorithm')).toBeVisible();
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription('Pick an algorithm');
  });

  it('offers the empty choice first, and shows a value it does not know as empty', () => {
    renderSelect({ emptyLabel: 'None', value: '' });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'None',
      'RS256',
      'HS256',
    ]);
    cleanup();
    const { select } = renderSelect({ value: 'ES256' });
    expect(select).toHaveValue('ES256');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['', 'RS256', 'HS256']);
  });
});
