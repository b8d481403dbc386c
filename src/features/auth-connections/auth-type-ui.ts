// The page's registry of auth types (GUIDE §4): what only the page knows about each type: its
// icon, its place in the picker, the extra its form shows beside the fields. What a type is
// (creatable, secrets, JWT, fields) is the contract's registry (contract/auth-type-registry.ts);
// its words are in the messages (src/i18n). tsc checks that every contract type has an entry here
// and in the messages. Data only: auth-types.ts derives the rest.
import type { SvgIconComponent } from '@mui/icons-material';
import AutorenewOutlined from '@mui/icons-material/AutorenewOutlined';
import BadgeOutlined from '@mui/icons-material/BadgeOutlined';
import ConfirmationNumberOutlined from '@mui/icons-material/ConfirmationNumberOutlined';
import DrawOutlined from '@mui/icons-material/DrawOutlined';
import ExtensionOutlined from '@mui/icons-material/ExtensionOutlined';
import ForumOutlined from '@mui/icons-material/ForumOutlined';
import HttpOutlined from '@mui/icons-material/HttpOutlined';
import LinkOutlined from '@mui/icons-material/LinkOutlined';
import TokenOutlined from '@mui/icons-material/TokenOutlined';
import VerifiedUserOutlined from '@mui/icons-material/VerifiedUserOutlined';
import VpnKeyOutlined from '@mui/icons-material/VpnKeyOutlined';
import WhatsApp from '@mui/icons-material/WhatsApp';
import type { CreateAuthType, ResponseAuthType } from '../../../contract/enums.ts';

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
