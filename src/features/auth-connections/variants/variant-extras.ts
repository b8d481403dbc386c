// The components behind the page registry's form extras (auth-types.ts says which type shows
// which). A table by extra, so the form has no per-type `if`.
import type { ComponentType } from 'react';
import type { Control } from 'react-hook-form';
import type { FormExtra } from '../auth-types.ts';
import type { ConnectionFormValues } from '../form/form-values.ts';
import { JwtPreview } from './jwt-preview.tsx';
import { MtlsKeyMatch } from './mtls-key-match.tsx';

type Extra = {
  Component: ComponentType<{ control: Control<ConnectionFormValues> }>;
  /** Next to the fields it is about: the key check under the key, the preview at the end. */
  after: 'credentials' | 'all';
};

export const FORM_EXTRAS: Record<FormExtra, Extra> = {
  jwtPreview: { Component: JwtPreview, after: 'all' },
  keyMatch: { Component: MtlsKeyMatch, after: 'credentials' },
};
