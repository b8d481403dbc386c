// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ScopesField } from './scopes-field.tsx';
import { TestForm } from './test-form.tsx';

interface Values {
  scopes: string[];
}

function renderScopes(initial: string[] = []) {
  const onSubmit = vi.fn<(values: Values) => void>();
  render(
    <TestForm<Values> defaultValues={{ scopes: initial }} onSubmit={onSubmit}>
      {(control) => (
        <ScopesField
          control={control}
          name="scopes"
          label="Scopes"
          helperText="OAuth2 scopes to request."
        />
      )}
    </TestForm>,
  );
  const input = screen.getByRole('textbox', { name: 'Scopes' });
  const chips = () =>
    screen.queryAllByRole('button', { name: /^Remove / }).map((chip) => chip.textContent);
  const submit = async (user: ReturnType<typeof userEvent.setup>) => {
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    return onSubmit.mock.lastCall?.[0].scopes;
  };
  return { input, chips, submit, onSubmit };
}

describe('ScopesField', () => {
  it('turns text into a chip on Enter, comma or space', async () => {
    const user = userEvent.setup();
    const { input, chips, submit } = renderScopes();
    await user.type(input, 'read{Enter}write,admin openid ');
    expect(chips()).toEqual(['read', 'write', 'admin', 'openid']);
    expect(input).toHaveValue('');
    expect(await submit(user)).toEqual(['read', 'write', 'admin', 'openid']);
  });

  it('splits a paste of "a b,c" into three chips and ignores duplicates', async () => {
    const user = userEvent.setup();
    const { input, chips, submit } = renderScopes(['a']);
    await user.click(input);
    await user.paste('a b,c');
    expect(chips()).toEqual(['a', 'b', 'c']);
    await user.type(input, 'b{Enter}');
    expect(chips()).toEqual(['a', 'b', 'c']);
    expect(await submit(user)).toEqual(['a', 'b', 'c']);
  });

  it('pastes a single word into the input like any text', async () => {
    const user = userEvent.setup();
    const { input, chips } = renderScopes();
    await user.click(input);
    await user.paste('profile');
    expect(input).toHaveValue('profile');
    expect(chips()).toEqual([]);
  });

  it('removes the last chip with Backspace in the empty input, and no more', async () => {
    const user = userEvent.setup();
    const { input, chips } = renderScopes(['a', 'b']);
    await user.type(input, 'x{Backspace}{Backspace}');
    expect(chips()).toEqual(['a']);
    expect(input).toHaveValue('');
  });

  it('removes a chip by clicking it or with Delete, and returns focus to the input', async () => {
    const user = userEvent.setup();
    const { input, chips } = renderScopes(['read', 'write', 'admin']);
    await user.click(screen.getByRole('button', { name: 'Remove write' }));
    expect(chips()).toEqual(['read', 'admin']);
    expect(input).toHaveFocus();

    act(() => screen.getByRole('button', { name: 'Remove admin' }).focus());
    await user.keyboard('{Delete}');
    expect(chips()).toEqual(['read']);
  });

  it('keeps text typed without a separator when the field is left', async () => {
    const user = userEvent.setup();
    const { input, chips, submit } = renderScopes();
    await user.type(input, 'email');
    await user.tab();
    expect(chips()).toEqual(['email']);
    expect(await submit(user)).toEqual(['email']);
  });

  it('lets an Enter in the empty input submit the form, but not one that adds a chip', async () => {
    const user = userEvent.setup();
    const { input, onSubmit } = renderScopes(['a']);
    await user.type(input, 'b{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    await user.type(input, '{Enter}');
    expect(onSubmit).toHaveBeenCalledWith({ scopes: ['a', 'b'] });
  });
});
