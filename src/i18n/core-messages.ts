// The words of what the first screen (the list) needs. In the initial chunk, so it stays lean;
// the words of lazily loaded screens are in screen-messages.ts (docs/decisions/0060).
import type { AuthConnectionStatus, ResponseAuthType } from '../../contract/enums.ts';

export type AuthTypeWords = {
  label: string;
  /** One line: when to choose this type. */
  description: string;
  /** For types created elsewhere: where the admin manages them. */
  managedElsewhere?: string;
};

const authTypes: Record<ResponseAuthType, AuthTypeWords> = {
  oauth2_client_credentials: {
    label: 'OAuth2 client credentials',
    description: 'Machine-to-machine OAuth2: trade a client ID and secret for an access token.',
  },
  oauth2_jwt: {
    label: 'OAuth2 JWT bearer',
    description: 'Sign a JWT assertion and exchange it at a token endpoint (RFC 7523).',
  },
  private_key_jwt: {
    label: 'Private key JWT',
    description: 'Send a JWT signed with your key directly as the credential, no token exchange.',
  },
  mtls: {
    label: 'mTLS',
    description: 'Authenticate with a client certificate and private key on the TLS connection.',
  },
  basic_auth: {
    label: 'Basic',
    description: 'A username and password sent in the Authorization header.',
  },
  bearer_auth: {
    label: 'Bearer token',
    description: 'A static API token sent as "Authorization: Bearer …".',
  },
  custom_header_auth: {
    label: 'Custom header',
    description: 'An API key sent in a header you name, like x-api-key.',
  },
  refresh_token_auth: {
    label: 'OAuth2 refresh token',
    description: 'An OAuth2 refresh-token grant set up by an integration.',
    managedElsewhere: 'It is created when a user connects an account through an integration.',
  },
  api_integration_oauth2_auth_code: {
    label: 'Integration OAuth2',
    description: 'An OAuth2 authorization-code connection managed by an integration.',
    managedElsewhere: 'Manage it from the integration that created it.',
  },
  api_integration_oauth2_custom_app: {
    label: 'Integration OAuth2 (custom app)',
    description: 'An OAuth2 connection through your own OAuth app, managed by an integration.',
    managedElsewhere: 'Manage it from the integration that created it.',
  },
  whatsapp_auth: {
    label: 'WhatsApp',
    description: 'The WhatsApp Business connection of a phone number.',
    managedElsewhere: 'Manage it in the WhatsApp settings.',
  },
  slack_bot_auth: {
    label: 'Slack bot',
    description: 'Your own Slack bot, used by the Slack integration.',
    managedElsewhere: 'Manage it in the Slack integration settings.',
  },
  url_secret: {
    label: 'URL secret',
    description: 'A secret embedded in a URL, such as a webhook URL.',
    managedElsewhere: 'It is created by the tool that uses it.',
  },
};

const statuses: Record<AuthConnectionStatus, string> = {
  active: 'Active',
  refresh_failed: 'Refresh failed',
  revoked: 'Revoked',
  credential_invalid: 'Credential invalid',
};

const countOf = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const coreMessages = {
  common: {
    cancel: 'Cancel',
    close: 'Close',
    delete: 'Delete',
    retry: 'Retry',
    retrying: 'Retrying…',
    retryIn: (seconds: number) => `Retry in ${seconds} s`,
    reconnect: 'Reconnect',
    saving: 'Saving…',
    none: 'None',
    notSet: 'Not set',
    yes: 'Yes',
    no: 'No',
    space: 'Space',
    comma: 'Comma',
    loadFailed: 'This part of the page could not be loaded. Check your connection and try again.',
    /** After Retry failed too, online: Chromium keeps a failed chunk for the page's life. */
    loadFailedReload:
      'This part of the page still could not be loaded. Reload the page to load it.',
    reloadPage: 'Reload page',
    loadingPage: 'Loading page',
  },
  /** The standalone shell's connect screen and reconnect dialog. */
  connect: {
    title: 'Connect to auth connections',
    dialogTitle: 'Reconnect',
    rejected:
      'The server no longer accepts the API key of this tab. Enter a valid key to continue; nothing you typed on the page is lost.',
    /** `{command}`, `{link}` and `{key}` are shown as code. */
    instructions:
      'When the server starts ({command}), it prints a line like {link} in its terminal. Open that link, or paste the part after {key} here. The key stays in this browser tab only.',
    apiKeyLabel: 'API key',
    enterKey: 'Enter the API key.',
    keyRefused: 'The server did not accept this key. Check that you copied all of it.',
    unreachable: 'Could not reach the server.',
    connect: 'Connect',
    connecting: 'Connecting…',
    settings: 'Settings',
    goToList: 'Go to auth connections',
  },
  list: {
    rowsPerPage: 'Rows per page:',
    displayedRows: (from: number, to: number, count: number) => `${from}–${to} of ${count}`,
    pageButton: (which: 'first' | 'last' | 'next' | 'previous') => `Go to ${which} page`,
    title: 'Auth connections',
    intro: 'Credentials that tools, MCP servers and integrations use to call outside APIs.',
    newConnection: 'New connection',
    created: (name: string) =>
      `“${name}” was created. Its secrets are stored encrypted and are never shown again.`,
    deleteFailed: (name: string, reason: string) =>
      `“${name}” was not deleted: ${reason} It is back in the list.`,
    selected: (n: number) => `${n} selected`,
    clearSelection: 'Clear selection',
    deleteSelected: 'Delete selected',
    loading: 'Loading auth connections…',
    emptyTitle: 'No auth connections yet',
    emptyText:
      'An auth connection stores the credentials that tools, MCP servers and integrations use to call outside APIs. Create the first one to get started.',
    createFirst: 'Create your first connection',
    noMatchesTitle: 'No connections match',
    noMatchesText: 'Try other words, or clear the search and filters to see every connection.',
    clearSearchAndFilters: 'Clear search and filters',
    loadFailed: 'Could not load auth connections',
    notConnectedTitle: 'Not connected',
    notConnectedText:
      'The server did not accept the API key. Connect again with a valid key to see the auth connections.',
    tableLabel: 'Auth connections',
    columns: {
      name: 'Name',
      type: 'Type',
      provider: 'Provider',
      status: 'Status',
      used_by: 'Used by',
      actions: 'Actions',
    },
    selectAllUnused: 'Select all unused connections on this page',
    selectRow: (name: string) => `Select “${name}”`,
    selectRowInUse: (name: string) => `Select “${name}” (in use: delete it on its own)`,
    readOnly: 'Read-only',
    noProvider: '—',
    deleteRow: (name: string) => `Delete “${name}”`,
  },
  filters: {
    label: 'Filter auth connections',
    search: 'Search',
    searchPlaceholder: 'Name, provider or type',
    type: 'Type',
    allTypes: 'All types',
    status: 'Status',
    allStatuses: 'All statuses',
    unusedOnly: 'Unused only',
    clear: 'Clear filters',
  },
  statuses,
  authTypes,
  /** An auth_type this build doesn't know; its label is the humanized value. */
  unknownType: {
    description: 'A type this page does not know yet.',
    managedElsewhere: 'This page does not know this type yet; manage it where it was created.',
  },
  usedBy: {
    notUsed: 'Not used',
    tools: (n: number) => countOf(n, 'tool', 'tools'),
    mcpServers: (n: number) => countOf(n, 'MCP server', 'MCP servers'),
    integrations: (n: number) => countOf(n, 'integration', 'integrations'),
    hidden: (n: number) => `${n} you can't see`,
    /** "2 tools, 1 MCP server": how parts of a count are joined. */
    join: (parts: string[]) => parts.join(', '),
  },
  errors: {
    unreachable: 'The server could not be reached. Check your connection and try again.',
    timedOut: 'The server took too long to answer.',
    // An answer without words of its own (src/api/errors.ts ClientWording).
    invalid: 'The server refused the request as invalid.',
    unauthorized: 'The server did not accept the API key.',
    notFound: 'The auth connection was not found.',
    changed: 'The connection was changed by someone else since it was loaded.',
    tooMany: 'Too many requests.',
    notJson: 'The server sent a response that is not JSON.',
    notUnderstood: 'The server sent a response this page does not understand.',
    serverFailed: (status: number) => `The server failed to handle the request (HTTP ${status}).`,
    unexpectedStatus: (status: number) =>
      `The server answered with an unexpected status (HTTP ${status}).`,
  },
  /**
   * Field labels and helper texts are generated from the API names and the spec's descriptions;
   * an entry here, keyed by the API name (`client_secret`), replaces the generated one.
   */
  fields: {
    labels: {} as Partial<Record<string, string>>,
    descriptions: {} as Partial<Record<string, string>>,
  },
};
