// The library entry (`npm run build:lib`, docs/decisions/0050): the settings page as one
// component for a host app. Zod's JIT is switched off first, as in the standalone entry, so a
// host page whose CSP forbids eval reports no violation (src/app/zod-jitless.ts).
import './app/zod-jitless.ts';

export {
  AuthConnectionsSettings,
  type AuthConnectionsSettingsProps,
  type RoutingOptions,
} from './embed/auth-connections-settings.tsx';
export type { AuthConnection } from '../contract/index.ts';
export type { HeadersSource } from './api/api-client.ts';
export type { MessageOverrides, Messages } from './i18n/messages.ts';
