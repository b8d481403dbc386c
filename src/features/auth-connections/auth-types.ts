// What the page makes of an auth type: its info (words, icon, read-only), the picker's order and
// the form's extra, from the page's registry (auth-type-ui.ts) and the contract's
// (contract/auth-type-registry.ts). Words are in the messages (src/i18n), so a host can replace
// them.
import type { SvgIconComponent } from '@mui/icons-material';
import HelpOutlineOutlined from '@mui/icons-material/HelpOutlineOutlined';
import {
  isCreateAuthType,
  isKnownAuthType,
  isReadOnlyAuthType,
  isUpdateAuthType,
  RESPONSE_AUTH_TYPES,
  type CreateAuthType,
  type ResponseAuthType,
} from '../../../contract/enums.ts';
import { coreMessages, type AuthTypeWords } from '../../i18n/core-messages.ts';
import type { Messages } from '../../i18n/messages.ts';
import { AUTH_TYPE_UI, type AuthTypeUi, type FormExtra } from './auth-type-ui.ts';

export { AUTH_TYPE_UI, type AuthTypeUi, type FormExtra } from './auth-type-ui.ts';

/** Read-only is the contract's (neither creatable nor updatable), never a message's presence. */
export type AuthTypeInfo = AuthTypeWords & { Icon: SvgIconComponent; readOnly: boolean };

const uiOf = (authType: ResponseAuthType): AuthTypeUi<ResponseAuthType> => AUTH_TYPE_UI[authType];

export type AuthTypeMessages = Pick<Messages, 'authTypes' | 'unknownType'>;

/** `some_new_type` -> "Some new type": a readable name for a value this build doesn't know. */
export function humanize(value: string): string {
  const words = value.replace(/[_-]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : value;
}

export { isKnownAuthType };

/**
 * Info for any auth_type string, including ones added upstream after this build. Components pass
 * `useMessages()`; the English defaults serve code outside React.
 */
export function authTypeInfo(
  authType: string,
  messages: AuthTypeMessages = coreMessages,
): AuthTypeInfo {
  const readOnly = isReadOnlyAuthType(authType);
  return isKnownAuthType(authType)
    ? { ...messages.authTypes[authType], Icon: uiOf(authType).Icon, readOnly }
    : { ...messages.unknownType, label: humanize(authType), Icon: HelpOutlineOutlined, readOnly };
}

/** The picker's order: the common cases first. */
export const PICKER_ORDER: readonly CreateAuthType[] = RESPONSE_AUTH_TYPES.filter(isCreateAuthType)
  .map((authType) => ({ authType, picker: uiOf(authType).picker ?? Infinity }))
  .sort((a, b) => a.picker - b.picker)
  .map(({ authType }) => authType);

/** The form extra of a creatable type, if it has one. */
export function formExtraOf(authType: CreateAuthType): FormExtra | undefined {
  return uiOf(authType).extra;
}

export const canCreate = isCreateAuthType;
export const canUpdate = isUpdateAuthType;
