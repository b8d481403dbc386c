import { Fragment, type ReactNode } from 'react';

/**
 * A message with `{placeholders}` for elements (a link, code): "Open {link} here" with
 * `values={{ link: <code>…</code> }}`. A placeholder without a value stays as written, so a
 * host's translation that drops or misspells one still shows its text.
 */
export function RichText({
  message,
  values,
}: {
  message: string;
  values: Record<string, ReactNode>;
}) {
  const parts = message.split(/(\{\w+\})/);
  return (
    <>
      {parts.map((part, i) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        return (
          <Fragment key={i}>{name !== undefined && name in values ? values[name] : part}</Fragment>
        );
      })}
    </>
  );
}
