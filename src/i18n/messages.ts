// Every user-visible word of the page, grouped by screen or concern, with English defaults. A
// host passes overrides to <MessagesProvider> (or <AuthConnectionsSettings messages>); components
// read the merged object with useMessages(). See docs/decisions/0060.
//
// The object is assembled from parts so that the words of lazily loaded screens load with
// them: importing this module pulls in both, so the app's own code imports it for types only
// (messages-context.tsx and lazy-messages.ts hold the runtime side).
import { coreMessages } from './core-messages.ts';
import { importMessages } from './import-messages.ts';
import { mergeDeep } from './merge.ts';
import { screenMessages } from './screen-messages.ts';

export type { AuthTypeWords } from './core-messages.ts';

export const defaultMessages = { ...coreMessages, ...screenMessages, ...importMessages };

/** Strings, or small functions for plurals and parameters. */
export type Messages = typeof defaultMessages;

type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** Any subset of the messages; what is left out keeps its English default. */
export type MessageOverrides = DeepPartial<Messages>;

export function mergeMessages(overrides?: MessageOverrides): Messages {
  return mergeDeep(defaultMessages, overrides);
}
