// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SecretField } from './secret-field.tsx';
import { TestForm } from './test-form.tsx';

interface Values {
  client_secret: string;
}

function renderSecret(props: { placeholder?: string; errors?: { client_secret?: string } } = {}) {
  const onSubmit = vi.fn<(values: Values) => void>();
  const onRender = vi.fn();
  render(
    <TestForm<Values>
      defaultValues={{ client_secret: '' }}
      onSubmit={onSubmit}
      onRender={onRender}
      errors={props.errors}
    >
      {(control) => (
        <SecretField
          control={control}
          name="client_secret"
          label="Client secret"
          helperText="The secret issued by the provider."
          required
          placeholder={props.placeholder}
        />
      )}
    </TestForm>,
  );
  return { onSubmit, onRender, input: screen.getByLabelText(/^Client secret/) };
}

describe('SecretField', () => {
  it('is a masked, empty input kept away from autofill and spellcheck', () => {
    const { input } = renderSecret({ placeholder: 'Stored — type to replace' });
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveValue('');
    expect(input).toHaveAttribute('autocomplete', 'new-password');
    expect(input).toHaveAttribute('spellcheck', 'false');
    expect(input).toHaveAttribute('autocapitalize', 'off');
    expect(input).toHaveAttribute('autocorrect', 'off');
    expect(input).toHaveAttribute('placeholder', 'Stored — type to replace');
    expect(input).toBeRequired();
    expect(input).toHaveAccessibleDescription('The secret issued by the provider.');
  });

  it('reveals and hides the value with a toggle button', async () => {
    const user = userEvent.setup();
    const { input } = renderSecret();
    await user.type(input, 's3cret');

    const show = screen.getByRole('button', { name: 'Show Client secret' });
    expect(show).toHaveAttribute('aria-pressed', 'false');
    await user.click(show);
    expect(input).toHaveAttribute('type', 'text');
    const hide = screen.getByRole('button', { name: 'Hide Client secret' });
    expect(hide).toHaveAttribute('aria-pressed', 'true');
    expect(input).toHaveFocus();

    await user.click(hide);
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveValue('s3cret');
  });

  it('accepts paste and submits what was typed, without re-rendering the form root', async () => {
    const user = userEvent.setup();
    const { input, onSubmit, onRender } = renderSecret();
    const rendersBefore = onRender.mock.calls.length;
    await user.click(input);
    await user.paste('pasted-');
    await user.type(input, 'typed');
    expect(onRender.mock.calls.length).toBe(rendersBefore);

    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(onSubmit).toHaveBeenCalledWith({ client_secret: 'pasted-typed' });
  });

  it('shows the error the form holds for it under the field', async () => {
    const { input } = renderSecret({ errors: { client_secret: 'Field required' } });
    expect(await screen.findByText('Field required')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Field required');
  });
});
