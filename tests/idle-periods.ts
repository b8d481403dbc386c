// Idle time is the one thing jsdom lacks: tests of code that waits for it (the create page's
// warm-up) stub requestIdleCallback with this, and hand out idle periods themselves.
import { act } from '@testing-library/react';

const waiting = new Map<number, IdleRequestCallback>();
let lastHandle = 0;

/** Installs the stubs (call in beforeEach; vi.unstubAllGlobals() removes them). */
export function stubIdleCallbacks(): void {
  waiting.clear();
  vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback) => {
    waiting.set(++lastHandle, run);
    return lastHandle;
  });
  vi.stubGlobal('cancelIdleCallback', (handle: number) => waiting.delete(handle));
}

/** How many callbacks wait for the next idle period. */
export const waitingForIdle = (): number => waiting.size;

/** One idle period: runs what waits for it, and lets React finish what that started. */
export async function idlePeriod(): Promise<void> {
  await act(async () => {
    const due = [...waiting.values()];
    waiting.clear();
    for (const run of due) run({ didTimeout: false, timeRemaining: () => 40 });
    await Promise.resolve();
  });
}

/** The CSS Emotion has inserted so far (class names carry MUI's labels outside production). */
export const insertedStyles = (): string =>
  [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n');
