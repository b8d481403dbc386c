// One table from form field to widget: every variant form is a list of field names (the
// contract's shape, in spec order) rendered through this table, so no type repeats a widget.
import { useWatch, type Control } from 'react-hook-form';
import {
  HMAC_MIN_BYTES,
  JWT_ALGORITHMS,
  TOKEN_RESPONSE_FIELDS,
  isHmacAlgorithm,
  checkHeaderName,
  createRequestShapes,
  isSecretField,
  signsJwt,
  type CreateAuthType,
} from '../../../../contract/index.ts';
import {
  KeyValueField,
  NumberField,
  PemField,
  ScopesField,
  SecretField,
  SelectField,
  SwitchField,
} from '../../../components/index.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import type { Messages } from '../../../i18n/messages.ts';
import { labelFor } from '../field-labels.ts';
import type { ConnectionFormValues, FormFieldName } from './form-values.ts';
import { PlainTextField } from './plain-text-field.tsx';
import { isRequired } from './validate-connection-form.ts';

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** The spec's description of a field, shown as helper text. */
export function specDescription(authType: CreateAuthType, field: string): string | undefined {
  const shape = createRequestShapes[authType] as Record<string, { description?: string }>;
  return shape[field]?.description;
}

/** The helper text a host gave this field (`fields.descriptions`), else `generated`. */
function describe(
  name: string,
  messages: Pick<Messages, 'fields'>,
  generated: string | undefined,
): string | undefined {
  return messages.fields.descriptions[name] ?? generated;
}

/** What extra_params means depends on the type (CONTRACT §3): JWT claims or token parameters. */
export function extraParamsCopy(authType: string, messages: Pick<Messages, 'form' | 'fields'>) {
  const m = messages.form;
  const copy = signsJwt(authType)
    ? { label: m.jwtClaims, helperText: m.jwtClaimsHelp, keyLabel: m.claim }
    : { label: m.tokenParams, helperText: m.tokenParamsHelp, keyLabel: m.parameter };
  return {
    ...copy,
    label: messages.fields.labels.extra_params ?? copy.label,
    helperText: describe('extra_params', messages, copy.helperText),
  };
}

type Props = {
  control: Control<ConnectionFormValues>;
  authType: CreateAuthType;
  name: FormFieldName;
  /** Overrides the create schema's requiredness, e.g. on edit, where a secret may stay empty. */
  required?: boolean;
};

export function ConnectionField({ control, authType, name, required }: Props) {
  const m = useMessages();
  const common = {
    control,
    name,
    label: labelFor(name, m),
    helperText: describe(name, m, specDescription(authType, name)),
    required: required ?? isRequired({ auth_type: authType } as ConnectionFormValues, name),
  };
  switch (name) {
    case 'secret_key':
      return <JwtSecretKeyField {...common} />;
    case 'client_certificate':
      return <PemField {...common} kind="certificate" />;
    case 'ca_certificate':
      return (
        <PemField
          {...common}
          kind="certificate"
          helperText={describe(name, m, m.form.caCertificateHelp)}
        />
      );
    case 'client_key':
      return <PemField {...common} kind="private-key" secret />;
    case 'scopes':
      return <ScopesField {...common} helperText={common.helperText ?? m.form.scopesHelp} />;
    case 'custom_headers':
      return (
        <KeyValueField
          {...common}
          label={m.fields.labels.custom_headers ?? m.form.customHeaders}
          helperText={describe(name, m, m.form.customHeadersHelp)}
          keyLabel={m.form.header}
          valueLabel={m.form.value}
          validateKey={checkHeaderName}
          caseInsensitiveKeys
          name={name}
        />
      );
    case 'extra_params': {
      const copy = extraParamsCopy(authType, m);
      return (
        <KeyValueField
          {...common}
          label={copy.label}
          helperText={copy.helperText}
          keyLabel={copy.keyLabel}
          valueLabel={m.form.value}
          name={name}
        />
      );
    }
    case 'basic_auth_in_header':
      return <SwitchField {...common} />;
    case 'algorithm':
      return <SelectField {...common} options={options(JWT_ALGORITHMS)} />;
    case 'token_response_field':
      return <SelectField {...common} options={options(TOKEN_RESPONSE_FIELDS)} />;
    case 'expiration_seconds':
      return <NumberField {...common} min={60} max={86400} />;
    case 'token_url':
      return <PlainTextField {...common} type="url" placeholder={m.form.tokenUrlPlaceholder} />;
    case 'auth_type':
      return null;
    default:
      // Text: masked when the registry says it is a secret of this type (client_secret, token,
      // password, key_passphrase...), plain otherwise (name, client_id, username, issuer...).
      return isSecretField(authType, name) ? (
        <SecretField {...common} />
      ) : (
        <PlainTextField {...common} />
      );
  }
}

/** HS* signs with a shared secret, RS* with an RSA private key: the widget follows the algorithm. */
function JwtSecretKeyField(props: {
  control: Control<ConnectionFormValues>;
  name: FormFieldName;
  label: string;
  required: boolean;
}) {
  const m = useMessages();
  const algorithm = useWatch({ control: props.control, name: 'algorithm' });
  if (!isHmacAlgorithm(algorithm)) {
    return (
      <PemField {...props} kind="private-key" secret helperText={m.form.rsaKeyHelp(algorithm)} />
    );
  }
  const bytes = HMAC_MIN_BYTES[algorithm];
  return <SecretField {...props} helperText={m.form.hmacSecretHelp(algorithm, bytes)} />;
}
