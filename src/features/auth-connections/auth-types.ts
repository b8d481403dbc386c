// The page's registry of auth types (GUIDE §4): what only the page knows about each type (its
// icon, its place in the picker, the extra it shows beside its fields). What a type is (creatable,
// secrets, JWT, fields) is the contract's registry (contract/auth-type-registry.ts); its words
// (label, when to use it, where it is managed) are in the messages (src/i18n), so a host can
// replace them. tsc checks that every contract type has an entry here and in the messages.
import type { SvgIconComponent } from '@mui/icons-material';
import AutorenewOutlined from '@mui/icons-material/AutorenewOutlined';
import BadgeOutlined from '@mui/icons-material/BadgeOutlined';
import ConfirmationNumberOutlined from '@mui/icons-material/ConfirmationNumberOutlined';
import DrawOutlined from '@mui/icons-material/DrawOutlined';
import ExtensionOutlined from '@mui/icons-material/ExtensionOutlined';
import ForumOutlined from '@mui/icons-material/ForumOutlined';
import HelpOutlineOutlined from '@mui/icons-material/HelpOutlineOutlined';
import HttpOutlined from '@mui/icons-material/HttpOutlined';
import LinkOutlined from '@mui/icons-material/LinkOutlined';
import TokenOutlined from '@mui/icons-material/TokenOutlined';
import VerifiedUserOutlined from '@mui/icons-material/VerifiedUserOutlined';
import VpnKeyOutlined from '@mui/icons-material/VpnKeyOutlined';
import WhatsApp from '@mui/icons-material/WhatsApp';
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

/** Read-only is the contract's (neither creatable nor updatable), never a message's presence. */
export type AuthTypeInfo = AuthTypeWords & { Icon: SvgIconComponent; readOnly: boolean };

/** What a type's form shows besides its fields (the components are in variants/variant-extras). */
export type FormExtra = 'jwtPreview' | 'keyMatch';

/**
 * One entry per type. A creatable type also has its place in the picker (`picker`, ascending: the
 * common cases first) and may have a form `extra`.
 */
export type AuthTypeUi<T extends ResponseAuthType> = {
  readonly Icon: SvgIconComponent;
} & (T extends CreateAuthType
  ? { readonly picker: number; readonly extra?: FormExtra }
  : { readonly picker?: never; readonly extra?: never });

export const AUTH_TYPE_UI = {
  oauth2_client_credentials: { Icon: VpnKeyOutlined, picker: 1 },
  oauth2_jwt: { Icon: TokenOutlined, picker: 2, extra: 'jwtPreview' },
  private_key_jwt: { Icon: DrawOutlined, picker: 3, extra: 'jwtPreview' },
  mtls: { Icon: VerifiedUserOutlined, picker: 4, extra: 'keyMatch' },
  basic_auth: { Icon: BadgeOutlined, picker: 5 },
  bearer_auth: { Icon: ConfirmationNumberOutlined, picker: 6 },
  custom_header_auth: { Icon: HttpOutlined, picker: 7 },
  refresh_token_auth: { Icon: AutorenewOutlined },
  api_integration_oauth2_auth_code: { Icon: ExtensionOutlined },
  api_integration_oauth2_custom_app: { Icon: ExtensionOutlined },
  whatsapp_auth: { Icon: WhatsApp },
  slack_bot_auth: { Icon: ForumOutlined },
  url_secret: { Icon: LinkOutlined },
} as const satisfies { [T in ResponseAuthType]: AuthTypeUi<T> };

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
