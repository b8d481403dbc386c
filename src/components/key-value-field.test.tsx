// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkHeaderName } from '../../contract/index.ts';
import { KeyValueField } from './key-value-field.tsx';
import type { KeyValueRow } from './key-value-paste.ts';
import { TestForm } from './test-form.tsx';

interface Values {
  custom_headers: KeyValueRow[];
}

function renderRows(initial: KeyValueRow[] = [{ key: '', value: '' }]) {
  const onSubmit = vi.fn<(values: Values) => void>();
  render(
    <TestForm<Values> defaultValues={{ custom_headers: initial }} onSubmit={onSubmit}>
      {(control) => (
        <KeyValueField
          control={control}
          name="custom_headers"
          label="Custom headers"
          keyLabel="Header name"
          valueLabel="Header value"
          addLabel="Add header"
          validateKey={checkHeaderName}
          caseInsensitiveKeys
        />
      )}
    </TestForm>,
  );
  const user = userEvent.setup();
  const submit = async () => {
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    return onSubmit.mock.lastCall?.[0].custom_headers;
  };
  return { user, submit, onSubmit };
}

const keyInput = (n: number) => screen.getByRole('textbox', { name: `Header name ${n}` });
const valueInput = (n: number) => screen.getByRole('textbox', { name: `Header value ${n}` });

describe('KeyValueField', () => {
  it('adds, fills and removes rows', async () => {
    const { user, submit } = renderRows([]);
    expect(screen.getByRole('group', { name: 'Custom headers' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Add header' }));
    // The columns' visible labels; each input's name adds its row.
    expect(screen.getByText('Header name')).toBeVisible();
    expect(screen.getByText('Header value')).toBeVisible();
    await user.type(keyInput(1), 'X-Api-Version');
    await user.type(valueInput(1), '2');
    await user.click(screen.getByRole('button', { name: 'Add header' }));
    await user.type(keyInput(2), 'X-Other');
    await user.click(screen.getByRole('button', { name: 'Remove row 1' }));
    expect(keyInput(1)).toHaveValue('X-Other');
    expect(screen.queryByRole('textbox', { name: 'Header name 2' })).not.toBeInTheDocument();
    expect(await submit()).toEqual([{ key: 'X-Other', value: '' }]);
  });

  it('fills rows from a pasted .env block', async () => {
    const { user, submit } = renderRows();
    await user.click(keyInput(1));
    await user.paste('# exported settings\nexport A=1\nB="two words"\n\nC=3 # note\n');
    expect(await submit()).toEqual([
      { key: 'A', value: '1' },
      { key: 'B', value: 'two words' },
      { key: 'C', value: '3' },
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Added 3 rows from the pasted text.');
  });

  it('fills rows from pasted curl -H lines, after a row that is already filled', async () => {
    const { user, submit } = renderRows([{ key: 'Accept', value: 'application/json' }]);
    await user.click(keyInput(1));
    await user.paste(
      'curl https://api.example.com \\\n  -H \'X-Tenant: acme\' \\\n  --header "X-Trace: on"',
    );
    expect(await submit()).toEqual([
      { key: 'Accept', value: 'application/json' },
      { key: 'X-Tenant', value: 'acme' },
      { key: 'X-Trace', value: 'on' },
    ]);
  });

  it('pastes a plain header name as text', async () => {
    const { user } = renderRows();
    await user.click(keyInput(1));
    await user.paste('Authorization');
    expect(keyInput(1)).toHaveValue('Authorization');
    expect(screen.queryByRole('textbox', { name: 'Header name 2' })).not.toBeInTheDocument();
  });

  it('warns about duplicate keys on each duplicate row, ignoring case', async () => {
    const { user } = renderRows([
      { key: 'X-One', value: '1' },
      { key: 'X-Two', value: '2' },
    ]);
    await user.clear(keyInput(2));
    await user.type(keyInput(2), 'x-one');
    expect(keyInput(1)).toHaveAccessibleDescription(
      'Duplicate header name: only one of these is kept',
    );
    expect(keyInput(2)).toHaveAccessibleDescription(
      'Duplicate header name: only one of these is kept',
    );
    // A warning, not an error: the rows can be saved.
    expect(keyInput(2)).not.toHaveAttribute('aria-invalid');
    await user.type(keyInput(2), 'x');
    expect(keyInput(1)).not.toHaveAccessibleDescription();
  });

  it('shows the message of validateKey for an invalid header name', async () => {
    const { user } = renderRows();
    await user.type(keyInput(1), 'Bad Header:');
    expect(keyInput(1)).toHaveAccessibleDescription(checkHeaderName('Bad Header:')!);
    expect(keyInput(1)).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks for a key when only a value was entered', async () => {
    const { user } = renderRows();
    await user.type(valueInput(1), 'orphan');
    expect(keyInput(1)).toHaveAccessibleDescription('Enter a header name');
  });

  // Chrome's autofill reads every field of a form on each key typed in it: the rows stay out of
  // the form's fields (docs/decisions/0133), and behave as if they were in it.
  it('keeps its inputs out of the form, and Enter in a row still submits it once', async () => {
    const { user, onSubmit } = renderRows([{ key: 'X-Api-Version', value: '' }]);
    const form = screen.getByRole('button', { name: 'Submit' }).closest('form')!;
    expect((keyInput(1) as HTMLInputElement).form).toBeNull();
    expect((valueInput(1) as HTMLInputElement).form).toBeNull();
    expect(form).toContainElement(keyInput(1));
    await user.type(valueInput(1), '2{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.lastCall?.[0].custom_headers).toEqual([
      { key: 'X-Api-Version', value: '2' },
    ]);
    await user.type(keyInput(1), '{Shift>}{Enter}{/Shift}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
