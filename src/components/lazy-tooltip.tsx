// A MUI Tooltip whose code (Tooltip, Popper and @popperjs/core) loads on the first hover, focus or
// touch of the element it describes instead of with the first screen (docs/decisions/0115).
// Until then the element carries what the tooltip would give it: its accessible name
// (aria-label) or, with `describeChild`, a title.
// The element is never re-mounted (a click or a key press under way would be lost, and a screen
// reader would announce it twice): the loaded Tooltip wraps a stand-in that hands MUI's
// listeners, ref and ARIA attributes to the element, and the hover or focus that asked for the
// code is handed to the Tooltip once it arrives, so it still shows the tooltip.
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type FocusEvent,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  type Ref,
  type RefObject,
  type SyntheticEvent,
  type TouchEvent,
} from 'react';
import type { TooltipProps } from '@mui/material/Tooltip';

type TooltipComponent = ComponentType<TooltipProps>;

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

/** The listeners MUI Tooltip puts on its child. */
const LISTENERS = [
  'onMouseOver',
  'onMouseLeave',
  'onFocus',
  'onBlur',
  'onTouchStart',
  'onTouchEnd',
] as const;
type Listener = (event: SyntheticEvent<HTMLElement>) => void;
type Listeners = Partial<Record<(typeof LISTENERS)[number], Listener>>;

/** The hover (while the pointer stays) and the focus that asked for the code. */
type Pending = { hover?: SyntheticEvent<HTMLElement>; focus?: SyntheticEvent<HTMLElement> };

/**
 * What each listener does besides calling the element's own handler and MUI's: which event it
 * keeps for the replay (or drops), and whether it asks for the code.
 */
const TRIGGERS: Record<
  (typeof LISTENERS)[number],
  { remember?: keyof Pending; forget?: keyof Pending; load?: boolean }
> = {
  onMouseOver: { remember: 'hover', load: true },
  onMouseLeave: { forget: 'hover' },
  onFocus: { remember: 'focus', load: true },
  onBlur: { forget: 'focus' },
  onTouchStart: { load: true },
  onTouchEnd: {},
};

/** The attributes MUI Tooltip sets on its child (the last one only in development). */
const ATTRIBUTES = [
  'aria-label',
  'aria-labelledby',
  'aria-describedby',
  'title',
  'data-mui-internal-clone-element',
] as const;

interface ChildProps {
  ref?: Ref<HTMLElement>;
  title?: string;
  'aria-label'?: string;
  onMouseOver?: (event: MouseEvent<HTMLElement>) => void;
  onMouseLeave?: (event: MouseEvent<HTMLElement>) => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
  onBlur?: (event: FocusEvent<HTMLElement>) => void;
  onTouchStart?: (event: TouchEvent<HTMLElement>) => void;
  onTouchEnd?: (event: TouchEvent<HTMLElement>) => void;
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
  const listeners = useRef<Listeners | null>(null);
  const requested = useRef(false);
  const pending = useRef<Pending>({});
  const own = children.props;
  const childRef = own.ref;
  const setNode = useCallback(
    (el: HTMLElement | null) => {
      node.current = el;
      assignRef(childRef, el);
    },
    [childRef],
  );

  // The code may arrive after the element is gone (a page change, or a test's cleanup tearing
  // the document down): then there is nothing to update.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const request = useCallback(() => {
    if (requested.current) return;
    requested.current = true;
    // Loaded by another tooltip since this one mounted.
    const ready = loaded;
    if (ready) return setTooltip(() => ready);
    loadTooltip().then(
      (component) => {
        if (mounted.current) setTooltip(() => component);
      },
      () => {
        requested.current = false;
      },
    );
  }, []);

  const { onMouseOver, onMouseLeave, onFocus, onBlur, onTouchStart, onTouchEnd } = own;
  const triggers = useMemo(() => {
    const mine = { onMouseOver, onMouseLeave, onFocus, onBlur, onTouchStart, onTouchEnd };
    const handlers: Listeners = {};
    for (const name of LISTENERS) {
      const { remember, forget, load } = TRIGGERS[name];
      handlers[name] = (event) => {
        (mine[name] as Listener | undefined)?.(event);
        if (remember) pending.current[remember] = event;
        if (forget) pending.current[forget] = undefined;
        listeners.current?.[name]?.(event);
        if (load) request();
      };
    }
    return handlers;
  }, [onMouseOver, onMouseLeave, onFocus, onBlur, onTouchStart, onTouchEnd, request]);

  // The code arrived (the stand-in has handed over MUI's listeners): replay what asked for it.
  useLayoutEffect(() => {
    const { hover, focus } = pending.current;
    pending.current = {};
    const el = node.current;
    if (!Tooltip || !listeners.current || !el) return;
    // React clears an event's currentTarget once handled; MUI reads it on focus.
    const replay = <E extends SyntheticEvent<HTMLElement>>(event: E): E =>
      Object.create(event, { currentTarget: { value: el } }) as E;
    if (focus && el.ownerDocument.activeElement === el) listeners.current.onFocus?.(replay(focus));
    if (hover) listeners.current.onMouseOver?.(replay(hover));
  }, [Tooltip]);

  // What MUI Tooltip gives its child, until it does so itself; the element's own name wins.
  const name = describeChild
    ? { title: own.title ?? title }
    : { 'aria-label': own['aria-label'] ?? title };
  const Child = children.type;
  // One shape whatever the title, so the element is never mounted afresh.
  return (
    <>
      {title ? <Child {...own} {...name} ref={setNode} {...triggers} /> : <Child {...own} />}
      {title && Tooltip && (
        <Tooltip title={title} describeChild={describeChild} arrow={arrow}>
          <StandIn targetRef={node} listenersRef={listeners} own={own} />
        </Tooltip>
      )}
    </>
  );
}

interface StandInProps {
  targetRef: RefObject<HTMLElement | null>;
  listenersRef: RefObject<Listeners | null>;
  own: ChildProps;
}

/**
 * MUI Tooltip's child, rendering nothing: the Tooltip's ref gets the real element (the popup is
 * placed at it), the real element forwards its events to the Tooltip's listeners, and the
 * attributes the Tooltip sets are set on the real element (unless the element has its own).
 */
function StandIn(props: StandInProps): ReactNode {
  const { targetRef, listenersRef, own, ...fromTooltip } = props;
  const given = fromTooltip as Record<string, unknown> & { ref?: Ref<HTMLElement> };
  const { ref } = given;
  useLayoutEffect(() => {
    const el = targetRef.current;
    if (!el) return;
    assignRef(ref, el);
    return () => assignRef(ref, null);
  }, [ref, targetRef]);
  useLayoutEffect(() => {
    const el = targetRef.current;
    const next: Listeners = {};
    for (const name of LISTENERS) {
      if (typeof given[name] === 'function') next[name] = given[name] as Listener;
    }
    listenersRef.current = next;
    if (!el) return;
    for (const name of ATTRIBUTES) {
      if (!(name in given) || own[name as keyof ChildProps] !== undefined) continue;
      const value = given[name];
      if (value === null || value === undefined || value === false) el.removeAttribute(name);
      else el.setAttribute(name, String(value as string | number | boolean));
    }
  });
  return null;
}

function assignRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}
