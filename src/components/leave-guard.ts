// Where a page with unsaved work registers, so that the component's router asks it before it
// follows the browser's Back or Forward button. It lives below both the features (which register)
// and the router (which asks), so neither imports the other.
export type LeaveGuard = {
  /** Shows the "leave without saving?" question; `proceed` leaves. */
  ask: (proceed: () => void) => void;
  /** The address of the page with the unsaved work, to stay on while the admin decides. */
  address: string;
};

const guards: LeaveGuard[] = [];

/** Registers a guard for the current address; returns the function that removes it. */
export function registerLeaveGuard(ask: LeaveGuard['ask']): () => void {
  const guard = { ask, address: window.location.pathname + window.location.search };
  guards.push(guard);
  return () => {
    const index = guards.indexOf(guard);
    if (index >= 0) guards.splice(index, 1);
  };
}

/** The guard to ask, if a page has unsaved work (the most recent registration). */
export function activeLeaveGuard(): LeaveGuard | undefined {
  return guards.at(-1);
}
