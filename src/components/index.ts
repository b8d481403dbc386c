// Generic form widgets. pem-inspect is deliberately not re-exported: it pulls in @peculiar/x509
// and must stay behind a dynamic import (use loadPemInspect).
export type { ControlledFieldProps } from './field-props.ts';
export { SecretField, type SecretFieldProps } from './secret-field.tsx';
export { PemField, PEM_FILE_ACCEPT, type PemFieldProps } from './pem-field.tsx';
export { PemSummary, type PemSummaryProps } from './pem-summary.tsx';
export { repairPem, hasPemBlock } from './pem-repair.ts';
export { loadPemInspect } from './load-pem-inspect.ts';
export type { PemInfo, PemKind, CertificateInfo, PrivateKeyType } from './pem-inspect.ts';
export { ScopesField, type ScopesFieldProps } from './scopes-field.tsx';
export { splitScopes, addScopes } from './scopes.ts';
export { KeyValueField, type KeyValueFieldProps } from './key-value-field.tsx';
export {
  parseKeyValuePaste,
  isStructuredPaste,
  type KeyValueRow,
  type KeyValuePasteResult,
} from './key-value-paste.ts';
export { FormErrorAlert, type FormErrorAlertProps } from './form-error-alert.tsx';
export { SelectField, type SelectFieldProps, type SelectOption } from './select-field.tsx';
export { NumberField, type NumberFieldProps } from './number-field.tsx';
export { SwitchField } from './switch-field.tsx';
