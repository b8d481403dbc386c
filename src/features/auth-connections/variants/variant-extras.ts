// What a type's form shows besides its fields. A table, so the form has no per-type `if`.
import type { ComponentType } from 'react';
import type { Control } from 'react-hook-form';
import type { CreateAuthType } from '../../../../contract/index.ts';
import type { ConnectionFormValues } from '../form/form-values.ts';
import { JwtPreview } from './jwt-preview.tsx';
import { MtlsKeyMatch } from './mtls-key-match.tsx';

type Extra = {
  Component: ComponentType<{ control: Control<ConnectionFormValues> }>;
  /** Next to the fields it is about: the key check under the key, the preview at the end. */
  after: 'credentials' | 'all';
};

export const VARIANT_EXTRAS: Record<CreateAuthType, Extra | null> = {
  oauth2_client_credentials: null,
  custom_header_auth: null,
  basic_auth: null,
  bearer_auth: null,
  oauth2_jwt: { Component: JwtPreview, after: 'all' },
  private_key_jwt: { Component: JwtPreview, after: 'all' },
  mtls: { Component: MtlsKeyMatch, after: 'credentials' },
};
