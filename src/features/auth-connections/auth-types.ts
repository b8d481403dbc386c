// One table for the auth types (GUIDE §4): icon, and what the admin can do with it here; their
// words (label, when to use it, where it is managed) are in the messages (src/i18n), so a host can
// replace them. Adding a type is one entry here and one there.
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
  RESPONSE_AUTH_TYPES,
  isCreateAuthType,
  isUpdateAuthType,
  type CreateAuthType,
  type ResponseAuthType,
} from '../../../contract/enums.ts';
import { coreMessages, type AuthTypeWords } from '../../i18n/core-messages.ts';
import type { Messages } from '../../i18n/messages.ts';

export type AuthTypeInfo = AuthTypeWords & { Icon: SvgIconComponent };

/** The words come from the messages (`authTypes`, so a host can replace them); the icons live here. */
export const AUTH_TYPE_ICONS: Record<ResponseAuthType, SvgIconComponent> = {
  oauth2_client_credentials: VpnKeyOutlined,
  oauth2_jwt: TokenOutlined,
  private_key_jwt: DrawOutlined,
  mtls: VerifiedUserOutlined,
  basic_auth: BadgeOutlined,
  bearer_auth: ConfirmationNumberOutlined,
  custom_header_auth: HttpOutlined,
  refresh_token_auth: AutorenewOutlined,
  api_integration_oauth2_auth_code: ExtensionOutlined,
  api_integration_oauth2_custom_app: ExtensionOutlined,
  whatsapp_auth: WhatsApp,
  slack_bot_auth: ForumOutlined,
  url_secret: LinkOutlined,
};

export type AuthTypeMessages = Pick<Messages, 'authTypes' | 'unknownType'>;

/** `some_new_type` -> "Some new type": a readable name for a value this build doesn't know. */
export function humanize(value: string): string {
  const words = value.replace(/[_-]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : value;
}

export function isKnownAuthType(authType: string): authType is ResponseAuthType {
  return (RESPONSE_AUTH_TYPES as readonly string[]).includes(authType);
}

/**
 * Info for any auth_type string, including ones added upstream after this build. Components pass
 * `useMessages()`; the English defaults serve code outside React.
 */
export function authTypeInfo(
  authType: string,
  messages: AuthTypeMessages = coreMessages,
): AuthTypeInfo {
  return isKnownAuthType(authType)
    ? { ...messages.authTypes[authType], Icon: AUTH_TYPE_ICONS[authType] }
    : { ...messages.unknownType, label: humanize(authType), Icon: HelpOutlineOutlined };
}

/** The picker's order: the common cases first. */
export const PICKER_ORDER: readonly CreateAuthType[] = [
  'oauth2_client_credentials',
  'oauth2_jwt',
  'private_key_jwt',
  'mtls',
  'basic_auth',
  'bearer_auth',
  'custom_header_auth',
];

export const canCreate = isCreateAuthType;
export const canUpdate = isUpdateAuthType;
