// @vitest-environment jsdom
import { createRef } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

// Each test loads the component afresh, so the Tooltip's code is not loaded yet when it starts:
// the first hover or focus is the one that loads it, as on the list's first screen.
async function freshLazyTooltip() {
  vi.resetModules();
  return (await import('./lazy-tooltip.tsx')).LazyTooltip;
}

/** MUI Tooltip marks the element it wraps (in development builds): the code has arrived. */
async function tooltipLoaded(el: () => HTMLElement) {
  await waitFor(() => expect(el()).toHaveAttribute('data-mui-internal-clone-element'));
}

describe('LazyTooltip', () => {
  afterEach(() => vi.restoreAllMocks());

  it('names the element before its code loads, and the first hover shows the tooltip', async () => {
    const LazyTooltip = await freshLazyTooltip();
    render(
      <LazyTooltip title="Switch to dark theme">
        <button type="button">☾</button>
      </LazyTooltip>,
    );
    const button = () => screen.getByRole('button', { name: 'Switch to dark theme' });
    const before = button();
    expect(before).not.toHaveAttribute('data-mui-internal-clone-element');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    await userEvent.hover(button());
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Switch to dark theme');
    // Loaded, the element keeps its name (now from MUI Tooltip), and is the same node: never
    // mounted afresh, so a click under way when the code arrives is not lost.
    await tooltipLoaded(button);
    expect(button()).toBe(before);

    await userEvent.unhover(button());
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
  });

  it('shows on the keyboard focus that loaded it, keeping the focus', async () => {
    const LazyTooltip = await freshLazyTooltip();
    // jsdom has no :focus-visible; focus from the keyboard (Tab, below) is what it means.
    const matches = Element.prototype.matches;
    vi.spyOn(Element.prototype, 'matches').mockImplementation(function (
      this: Element,
      selector: string,
    ) {
      return matches.call(this, selector === ':focus-visible' ? ':focus' : selector);
    });
    render(
      <>
        <button type="button">Before</button>
        <LazyTooltip title="Go to next page">
          <button type="button">›</button>
        </LazyTooltip>
      </>,
    );
    const next = () => screen.getByRole('button', { name: 'Go to next page' });
    await userEvent.tab();
    await userEvent.tab();
    expect(next()).toHaveFocus();
    // The code arrives and the Tooltip takes the element over without mounting it afresh.
    await tooltipLoaded(next);
    expect(next()).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Go to next page');
  });

  it("describes with describeChild, and leaves the element's own name and ref alone", async () => {
    const LazyTooltip = await freshLazyTooltip();
    const ref = createRef<HTMLButtonElement>();
    render(
      <>
        <LazyTooltip title="1 tool, 1 you can't see" describeChild>
          <span tabIndex={0}>2</span>
        </LazyTooltip>
        <LazyTooltip title="Delete">
          <button type="button" aria-label="Delete “Weather API”" ref={ref}>
            ×
          </button>
        </LazyTooltip>
      </>,
    );
    const count = screen.getByText('2');
    expect(count).toHaveAccessibleDescription("1 tool, 1 you can't see");
    expect(count).not.toHaveAttribute('aria-label');
    await userEvent.hover(count);
    const tip = await screen.findByRole('tooltip');
    // Open, the description is the tooltip itself (and no native title shows beside it).
    expect(count).toHaveAttribute('aria-describedby', tip.id);
    expect(count).not.toHaveAttribute('title');
    expect(count).toHaveAccessibleDescription("1 tool, 1 you can't see");
    await userEvent.unhover(count);
    await waitFor(() => expect(count).toHaveAttribute('title', "1 tool, 1 you can't see"));

    const del = () => screen.getByRole('button', { name: 'Delete “Weather API”' });
    expect(ref.current).toBe(del());
    await userEvent.hover(del());
    expect(await screen.findByRole('tooltip', { name: 'Delete' })).toBeInTheDocument();
    await tooltipLoaded(del);
    expect(del()).toHaveAccessibleName('Delete “Weather API”');
    expect(ref.current).toBe(del());
  });

  it('renders the element alone when there is no title', async () => {
    const LazyTooltip = await freshLazyTooltip();
    render(
      <LazyTooltip title="">
        <button type="button">Plain</button>
      </LazyTooltip>,
    );
    await userEvent.hover(screen.getByRole('button', { name: 'Plain' }));
    expect(screen.getByRole('button', { name: 'Plain' })).not.toHaveAttribute('title');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});
