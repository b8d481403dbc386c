// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormErrorAlert } from './form-error-alert.tsx';

describe('FormErrorAlert', () => {
  it('renders nothing without errors', () => {
    render(<FormErrorAlert errors={[]} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('takes focus when it appears, and lists several errors', () => {
    const { rerender } = render(
      <>
        <input aria-label="Name" autoFocus />
        <FormErrorAlert errors={[]} title="The connection was not saved" />
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();

    rerender(
      <>
        <input aria-label="Name" />
        <FormErrorAlert
          errors={['Token URL: not reachable', 'Something else']}
          title="The connection was not saved"
        />
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveFocus();
    expect(alert).toHaveTextContent('The connection was not saved');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Token URL: not reachable',
      'Something else',
    ]);
  });

  it('offers Retry when given an action, disabled while retrying', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { rerender } = render(
      <FormErrorAlert errors={['The server did not answer.']} onRetry={onRetry} />,
    );
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);

    rerender(<FormErrorAlert errors={['The server did not answer.']} onRetry={onRetry} retrying />);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeDisabled();
  });
});
