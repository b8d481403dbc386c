// @vitest-environment jsdom
import { whenIdle } from './when-idle.ts';

describe('whenIdle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('runs the task once the browser is idle', () => {
    const task = vi.fn();
    whenIdle(task);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(3000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('holds a task that falls due offline until the browser is online, then runs it when idle', () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    const task = vi.fn();
    whenIdle(task);
    // The network goes after the task was scheduled and before it is due.
    onLine.mockReturnValue(false);
    vi.advanceTimersByTime(10_000);
    expect(task).not.toHaveBeenCalled();

    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(3000);
    expect(task).toHaveBeenCalledTimes(1);
    // Once: a later online event does not run it again.
    window.dispatchEvent(new Event('online'));
    vi.advanceTimersByTime(3000);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
