// One table for the auth types (GUIDE §4): label, when to use it, icon, and what the admin can
// do with it here. Adding a type is one entry; everything else reads this table.
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

export type AuthTypeInfo = {
  label: string;
  /** One line: when to choose this type. */
  description: string;
  Icon: SvgIconComponent;
  /** For types created elsewhere: where the admin manages them. */
  managedElsewhere?: string;
};

export const AUTH_TYPES: Record<ResponseAuthType, AuthTypeInfo> = {
  oauth2_client_credentials: {
    label: 'OAuth2 client credentials',
    description: 'Machine-to-machine OAuth2: trade a client ID and secret for an access token.',
    Icon: VpnKeyOutlined,
  },
  oauth2_jwt: {
    label: 'OAuth2 JWT bearer',
    description: 'Sign a JWT assertion and exchange it at a token endpoint (RFC 7523).',
    Icon: TokenOutlined,
  },
  private_key_jwt: {
    label: 'Private key JWT',
    description: 'Send a JWT signed with your key directly as the credential, no token exchange.',
    Icon: DrawOutlined,
  },
  mtls: {
    label: 'mTLS',
    description: 'Authenticate with a client certificate and private key on the TLS connection.',
    Icon: VerifiedUserOutlined,
  },
  basic_auth: {
    label: 'Basic',
    description: 'A username and password sent in the Authorization header.',
    Icon: BadgeOutlined,
  },
  bearer_auth: {
    label: 'Bearer token',
    description: 'A static API token sent as "Authorization: Bearer …".',
    Icon: ConfirmationNumberOutlined,
  },
  custom_header_auth: {
    label: 'Custom header',
    description: 'An API key sent in a header you name, like x-api-key.',
    Icon: HttpOutlined,
  },
  refresh_token_auth: {
    label: 'OAuth2 refresh token',
    description: 'An OAuth2 refresh-token grant set up by an integration.',
    Icon: AutorenewOutlined,
    managedElsewhere: 'It is created when a user connects an account through an integration.',
  },
  api_integration_oauth2_auth_code: {
    label: 'Integration OAuth2',
    description: 'An OAuth2 authorization-code connection managed by an integration.',
    Icon: ExtensionOutlined,
    managedElsewhere: 'Manage it from the integration that created it.',
  },
  api_integration_oauth2_custom_app: {
    label: 'Integration OAuth2 (custom app)',
    description: 'An OAuth2 connection through your own OAuth app, managed by an integration.',
    Icon: ExtensionOutlined,
    managedElsewhere: 'Manage it from the integration that created it.',
  },
  whatsapp_auth: {
    label: 'WhatsApp',
    description: 'The WhatsApp Business connection of a phone number.',
    Icon: WhatsApp,
    managedElsewhere: 'Manage it in the WhatsApp settings.',
  },
  slack_bot_auth: {
    label: 'Slack bot',
    description: 'Your own Slack bot, used by the Slack integration.',
    Icon: ForumOutlined,
    managedElsewhere: 'Manage it in the Slack integration settings.',
  },
  url_secret: {
    label: 'URL secret',
    description: 'A secret embedded in a URL, such as a webhook URL.',
    Icon: LinkOutlined,
    managedElsewhere: 'It is created by the tool that uses it.',
  },
};

const UNKNOWN_TYPE: AuthTypeInfo = {
  label: 'Unknown type',
  description: 'A type this page does not know yet.',
  Icon: HelpOutlineOutlined,
  managedElsewhere: 'This page does not know this type yet; manage it where it was created.',
};

/** `some_new_type` -> "Some new type": a readable name for a value this build doesn't know. */
export function humanize(value: string): string {
  const words = value.replace(/[_-]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : value;
}

export function isKnownAuthType(authType: string): authType is ResponseAuthType {
  return (RESPONSE_AUTH_TYPES as readonly string[]).includes(authType);
}

/** Info for any auth_type string, including ones added upstream after this build. */
export function authTypeInfo(authType: string): AuthTypeInfo {
  return isKnownAuthType(authType)
    ? AUTH_TYPES[authType]
    : { ...UNKNOWN_TYPE, label: humanize(authType) };
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
