// Seconds left of a wait that starts when the component mounts (key the component by what
// started the wait, so a new one starts over). Ticks a few times a second and stops at 0.
import { useEffect, useState } from 'react';

export function useSecondsLeft(seconds: number): number {
  const [until] = useState(() => Date.now() + seconds * 1000);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until <= Date.now()) return;
    const id = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= until) clearInterval(id);
    }, 250);
    return () => clearInterval(id);
  }, [until]);
  return Math.max(0, Math.ceil((until - now) / 1000));
}

const ids = new WeakMap<object, number>();
let nextId = 0;

/** A React key for an object's identity: a new failure object restarts its wait. */
export function identityKey(value: object): number {
  let id = ids.get(value);
  if (id === undefined) {
    id = ++nextId;
    ids.set(value, id);
  }
  return id;
}
