// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazyWithRetry } from './lazy-with-retry.tsx';

describe('lazyWithRetry', () => {
  it('shows Retry when a chunk fails to load, and loads it on Retry', async () => {
    // A chunk that can't be fetched is a fault no real server produces on demand here.
    let attempts = 0;
    const Part = lazyWithRetry(async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { default: ({ name }: { name: string }) => <p>Hello {name}</p> };
    });
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Part name="admin" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Hello admin')).toBeInTheDocument();
    expect(attempts).toBe(2);
    quiet.mockRestore();
  });

  it('offers a reload instead of Retry once Retry failed too while the browser is online', async () => {
    // Chromium keeps a failed chunk for the page's life: asking again fails at once, online.
    let attempts = 0;
    const Part = lazyWithRetry(async (): Promise<{ default: () => null }> => {
      attempts += 1;
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Part />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Check your connection');
    // Retry while still offline keeps offering Retry: the connection may yet come back.
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(attempts).toBe(2));
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();

    onLine.mockReturnValue(true);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('button', { name: 'Reload page' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Reload the page to load it.');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(attempts).toBe(3);
    quiet.mockRestore();
    onLine.mockRestore();
  });

  it('renders a part preloaded before it mounts in the first pass, without its fallback', async () => {
    const Part = lazyWithRetry(
      async () => ({ default: ({ name }: { name: string }) => <p>Hello {name}</p> }),
      <p>Loading</p>,
    );
    await Part.preload();
    render(<Part name="admin" />);
    // Synchronously there: no Suspense round, so no find* (which would wait) and no fallback.
    expect(screen.getByText('Hello admin')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).toBeNull();
  });

  it('shows the fallback first when the part was not preloaded', async () => {
    const Part = lazyWithRetry(
      async () => ({ default: ({ name }: { name: string }) => <p>Hello {name}</p> }),
      <p>Loading</p>,
    );
    render(<Part name="admin" />);
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByText('Hello admin')).toBeInTheDocument();
  });
});
