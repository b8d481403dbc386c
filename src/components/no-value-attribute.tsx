// React mirrors a controlled input's value into its `value` attribute (a textarea's into its
// text), and writes it back after every change event. For a secret that puts it into the page's
// HTML, where any DOM serializer (session replay, an extension, `outerHTML`) reads it and a CSS
// attribute selector can match it; the secrets canary scan found typed secrets there
// (docs/decisions/0041). These inputs take the `value` MUI hands them but never give it to React:
// they write the DOM property themselves, so no attribute or text ever holds it.
import { useCallback, useLayoutEffect, useRef, type ComponentProps, type Ref } from 'react';

type Editable = HTMLInputElement | HTMLTextAreaElement;

function setRef<T>(ref: Ref<T> | undefined, element: T | null): void {
  if (typeof ref === 'function') ref(element);
  else if (ref) ref.current = element;
}

/** The element, and a ref callback that also forwards it to MUI's ref. */
function useForwardedNode<T extends Editable>(ref: Ref<T> | undefined) {
  const node = useRef<T | null>(null);
  const setNode = useCallback(
    (element: T | null) => {
      node.current = element;
      setRef(ref, element);
    },
    [ref],
  );
  const getNode = useCallback(() => node.current, []);
  return [getNode, setNode] as const;
}

function textOf(value: unknown): string {
  return value === undefined || value === null ? '' : String(value as string);
}

/** Writes `value` into the element's value property when it differs (a reset, a Clear). */
function SyncValue({ target, value }: { target: () => Editable | null; value: string }) {
  useLayoutEffect(() => {
    const element = target();
    if (element && element.value !== value) element.value = value;
  });
  return null;
}

/** For MUI's `inputComponent`: an <input> whose value React never writes. */
export function NoValueAttributeInput({ value, ref, ...rest }: ComponentProps<'input'>) {
  const [getNode, setNode] = useForwardedNode<HTMLInputElement>(ref);
  return (
    <>
      <SyncValue target={getNode} value={textOf(value)} />
      <input {...rest} ref={setNode} />
    </>
  );
}

/**
 * The same for a multiline field (MUI's `inputComponent` with `multiline`): a textarea that grows
 * with its text from `minRows` to `maxRows` lines. CSS sizes it (`field-sizing: content`), not
 * script: MUI's TextareaAutosize measured each one by forcing a layout of the whole page on mount
 * and on every change, which made most of an mTLS form's first render (docs/decisions/0114).
 * Where `field-sizing` is not supported the textarea keeps `minRows` lines and scrolls.
 */
export function NoValueAttributeTextarea({
  value,
  ref,
  type: _type, // MUI passes the input's type; a textarea has none
  minRows = 1,
  maxRows,
  style,
  ...rest
}: ComponentProps<'textarea'> & { minRows?: number; maxRows?: number; type?: string }) {
  const [getNode, setNode] = useForwardedNode<HTMLTextAreaElement>(ref);
  return (
    <>
      <SyncValue target={getNode} value={textOf(value)} />
      <textarea
        {...rest}
        ref={setNode}
        rows={minRows}
        style={{
          ...style,
          fieldSizing: 'content',
          minHeight: `${minRows}lh`,
          ...(maxRows ? { maxHeight: `${maxRows}lh` } : {}),
        }}
      />
    </>
  );
}
