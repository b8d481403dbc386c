// Components read words with useMessages(). Without a provider they get the English defaults, so
// every component (and test) works on its own. The defaults grow as lazy screens load
// (lazy-messages.ts registers theirs), and the merged object is cached per overrides object, so
// a component gets the same object on every render until then.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { coreMessages } from './core-messages.ts';
import { mergeDeep } from './merge.ts';
import type { MessageOverrides, Messages } from './messages.ts';

let defaults: Partial<Messages> = coreMessages;
let version = 0;

/** Adds the default words of a lazily loaded part; called once, when its module loads. */
export function registerMessages(part: Partial<Messages>): void {
  defaults = { ...defaults, ...part };
  version += 1;
}

const NO_OVERRIDES: MessageOverrides = {};
const cache = new WeakMap<MessageOverrides, { version: number; messages: Messages }>();

function resolve(overrides: MessageOverrides): Messages {
  const hit = cache.get(overrides);
  if (hit && hit.version === version) return hit.messages;
  // Typed as the whole object: a screen only reads the part its own module registered.
  const messages = mergeDeep(defaults, overrides) as Messages;
  cache.set(overrides, { version, messages });
  return messages;
}

const OverridesContext = createContext<MessageOverrides>(NO_OVERRIDES);

export function MessagesProvider({
  messages,
  children,
}: {
  /** Words that replace the defaults; pass a stable object (it is merged once per identity). */
  messages?: MessageOverrides;
  children: ReactNode;
}) {
  const value = useMemo(() => messages ?? NO_OVERRIDES, [messages]);
  return <OverridesContext.Provider value={value}>{children}</OverridesContext.Provider>;
}

export function useMessages(): Messages {
  return resolve(useContext(OverridesContext));
}
