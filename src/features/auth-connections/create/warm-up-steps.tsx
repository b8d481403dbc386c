// The steps of the create page's warm-up (form-warm-up.tsx, which says why): what the next pick
// may show, rendered one step per idle period into a <div> that is never attached to the
// document, then dropped. Loaded only when the warm-up starts, after the page's first paint.
import { startTransition, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useForm } from 'react-hook-form';
import type { CreateAuthType } from '../../../../contract/index.ts';
import { inIdleSlices } from '../../../components/when-idle.ts';
import { formExtraOf } from '../auth-types.ts';
import { ConnectionField } from '../form/connection-field.tsx';
import { fieldSections } from '../form/field-order.ts';
import {
  emptyFormValues,
  type ConnectionFormValues,
  type FormFieldName,
} from '../form/form-values.ts';
import { FORM_EXTRAS } from '../variants/variant-extras.ts';
import { ConnectionForm } from './connection-form.tsx';

/**
 * Between them, their first screens hold every widget a pick can show first: text, secret, PEM
 * (with the key check) and select. Other types' fields are the same components.
 */
const WARM_TYPES: readonly CreateAuthType[] = ['mtls', 'oauth2_jwt'];

/**
 * One step, rendered in one idle period: a whole form (on the empty page, where no form code
 * has run yet) or one field of a type's first screen, or that screen's extra (the key check).
 */
type Unit =
  | { kind: 'form'; authType: CreateAuthType }
  | { kind: 'field'; authType: CreateAuthType; name: FormFieldName }
  | { kind: 'extra'; authType: CreateAuthType };

/** What this page load has rendered, by `unitKey`: compiled code and styles stay. */
const warmed = new Set<string>();
const unitKey = (unit: Unit) =>
  unit.kind === 'form'
    ? `form:${unit.authType}`
    : unit.kind === 'field'
      ? unit.name
      : `extra:${unit.authType}`;

/** The fields and extra a type's form shows in its first render (the second pass is later). */
function firstScreen(authType: CreateAuthType): Unit[] {
  const fields: Unit[] = (
    ['name', 'provider', ...fieldSections(authType).credentials] as const
  ).map((name) => ({ kind: 'field', authType, name }));
  const extra = formExtraOf(authType);
  return extra && FORM_EXTRAS[extra].after === 'credentials'
    ? [...fields, { kind: 'extra', authType }]
    : fields;
}

/**
 * What is left to render. The empty page has run no form code: whole forms, one per step. A form
 * page has run its own form: only what WARM_TYPES show first and the page does not, one field per
 * step, so no step is a long task (a whole form was one of 58-68 ms at 4x CPU, and Lighthouse
 * counted it as blocking on a form's deep link; after a load, no task of the page is over 25 ms).
 */
function unitsFor(shown: CreateAuthType | null): Unit[] {
  if (shown === null) return WARM_TYPES.map((authType) => ({ kind: 'form', authType }));
  const onPage = new Set(firstScreen(shown).map(unitKey));
  const keys = new Set<string>();
  return WARM_TYPES.filter((t) => t !== shown && !warmed.has(`form:${t}`))
    .flatMap(firstScreen)
    .filter((unit) => {
      const key = unitKey(unit);
      if (onPage.has(key) || warmed.has(key) || keys.has(key)) return false;
      keys.add(key);
      return true;
    });
}

function markWarmed(unit: Unit) {
  warmed.add(unitKey(unit));
  // A whole form warms its first screen too.
  if (unit.kind === 'form')
    for (const part of firstScreen(unit.authType)) warmed.add(unitKey(part));
}

const ignore = () => {};

/** Renders the units left for the page showing `shown`, one per idle period, then nothing. */
export function WarmUpSteps({ shown }: { shown: CreateAuthType | null }) {
  const [units] = useState(() => unitsFor(shown));
  // The index of the unit rendered now: -1 before the first idle period.
  const [index, setIndex] = useState(-1);
  const [detached] = useState(() => document.createElement('div'));
  useEffect(() => {
    const unit = units[index];
    if (unit) markWarmed(unit);
    if (index >= units.length) return;
    // Each step is a transition, so a pick interrupts it.
    return inIdleSlices(() => {
      startTransition(() => setIndex(index + 1));
      return false;
    });
  }, [index, units]);
  const unit = units[index];
  if (!unit) return null;
  return createPortal(<WarmUnit key={index} unit={unit} />, detached);
}

function WarmUnit({ unit }: { unit: Unit }) {
  if (unit.kind === 'form') {
    return <ConnectionForm authType={unit.authType} onCreated={ignore} onCancel={ignore} />;
  }
  return <WarmPart unit={unit} />;
}

/** One field or extra, in a form of its own type with that type's empty values. */
function WarmPart({ unit }: { unit: Exclude<Unit, { kind: 'form' }> }) {
  const { control } = useForm<ConnectionFormValues>({
    defaultValues: emptyFormValues(unit.authType),
  });
  if (unit.kind === 'field') {
    return <ConnectionField control={control} authType={unit.authType} name={unit.name} />;
  }
  const Extra = FORM_EXTRAS[formExtraOf(unit.authType)!].Component;
  return <Extra control={control} />;
}
