// A MUI Tooltip whose code (Tooltip, Popper and @popperjs/core) loads on the first hover, focus or
// touch of the element it describes instead of with the first screen (docs/decisions/0115).
// Until then the element carries what the tooltip would give it: its accessible name
// (aria-label) or, with `describeChild`, a title. Loading wraps the element in the real Tooltip,
// which mounts it afresh; the element gets its focus back and the hover is replayed, so the
// first hover or keyboard focus still shows the tooltip.
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type FocusEvent,
  type MouseEvent,
  type ReactElement,
  type Ref,
  type TouchEvent,
} from 'react';
import type { TooltipProps } from '@mui/material/Tooltip';

type TooltipComponent = ComponentType<TooltipProps & { ref?: Ref<HTMLElement> }>;

let loaded: TooltipComponent | undefined;
let loading: Promise<TooltipComponent> | undefined;

function loadTooltip(): Promise<TooltipComponent> {
  loading ??= import('@mui/material/Tooltip').then(
    (mod) => (loaded = mod.default),
    (error: unknown) => {
      // Offline, or a deploy replaced the chunk: the next hover tries again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

interface ChildProps {
  ref?: Ref<HTMLElement>;
  title?: string;
  'aria-label'?: string;
  onMouseOver?: (event: MouseEvent<HTMLElement>) => void;
  onMouseLeave?: (event: MouseEvent<HTMLElement>) => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
  onTouchStart?: (event: TouchEvent<HTMLElement>) => void;
}

export interface LazyTooltipProps {
  title: string;
  /** The title describes the element rather than naming it (as MUI's `describeChild`). */
  describeChild?: boolean;
  arrow?: boolean;
  /** One element that takes a ref and the mouse and focus handlers, as MUI Tooltip's child. */
  children: ReactElement<ChildProps>;
}

export function LazyTooltip({ title, describeChild = false, arrow, children }: LazyTooltipProps) {
  const [Tooltip, setTooltip] = useState(() => loaded);
  const node = useRef<HTMLElement | null>(null);
  const hovered = useRef(false);
  const requested = useRef(false);
  /** What the element had when the tooltip arrived, to give back to its new node. */
  const handOver = useRef<{ focus: boolean; hover: boolean } | null>(null);
  const own = children.props;
  const childRef = own.ref;
  // Loaded, the Tooltip sets the child's own ref; before, that is ours to do.
  const setNode = useCallback((el: HTMLElement | null) => {
    node.current = el;
  }, []);
  const setNodeAndChildRef = useCallback(
    (el: HTMLElement | null) => {
      node.current = el;
      assignRef(childRef, el);
    },
    [childRef],
  );

  const request = useCallback(() => {
    if (requested.current) return;
    requested.current = true;
    loadTooltip().then(
      (component) => {
        const el = node.current;
        handOver.current = {
          focus: !!el && el.ownerDocument.activeElement === el,
          hover: hovered.current,
        };
        setTooltip(() => component);
      },
      () => {
        requested.current = false;
      },
    );
  }, []);
  const { onMouseOver, onMouseLeave, onFocus, onTouchStart } = own;
  const triggers = useMemo(
    () => ({
      onMouseOver: (event: MouseEvent<HTMLElement>) => {
        hovered.current = true;
        onMouseOver?.(event);
        request();
      },
      onMouseLeave: (event: MouseEvent<HTMLElement>) => {
        hovered.current = false;
        onMouseLeave?.(event);
      },
      onFocus: (event: FocusEvent<HTMLElement>) => {
        onFocus?.(event);
        request();
      },
      onTouchStart: (event: TouchEvent<HTMLElement>) => {
        onTouchStart?.(event);
        request();
      },
    }),
    [onMouseOver, onMouseLeave, onFocus, onTouchStart, request],
  );

  useLayoutEffect(() => {
    const wanted = handOver.current;
    const el = node.current;
    handOver.current = null;
    if (!Tooltip || !wanted || !el) return;
    if (wanted.focus && el.ownerDocument.activeElement !== el) el.focus();
    // MUI opens on mouseover; the pointer is already there, so tell it again.
    if (wanted.hover) el.dispatchEvent(new window.MouseEvent('mouseover', { bubbles: true }));
  }, [Tooltip]);

  if (!title) return children;
  if (Tooltip) {
    return (
      <Tooltip title={title} describeChild={describeChild} arrow={arrow} ref={setNode}>
        {children}
      </Tooltip>
    );
  }
  // The same element with the tooltip's name and the triggers (as cloneElement, in JSX).
  const Child = children.type;
  const name = describeChild
    ? { title: own.title ?? title }
    : { 'aria-label': own['aria-label'] ?? title };
  return <Child {...own} {...name} ref={setNodeAndChildRef} {...triggers} />;
}

function assignRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}
