// The words of the screens that load lazily (create, detail, edit, replace, the delete dialogs and
// the form widgets). They load with those screens, not at first paint (docs/decisions/0060);
// for a host they are still part of the one messages object.
//
// Plain parameters are functions; a string with `{placeholders}` is rendered by <RichText>, which
// puts an element (a link, code) where each placeholder is.

import { checkWords } from '../../contract/check-words.ts';
import { CONNECTION_TEST_ADVICE } from '../../contract/connection-test-advice.ts';
import { pemInspectWords } from '../components/pem-words.ts';

const s = (n: number) => (n === 1 ? '' : 's');
/** 86400 -> "86,400": an integer's digits grouped in threes, English style. */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const screenMessages = {
  create: {
    title: 'New auth connection',
    intro:
      'Stored credentials your tools, MCP servers and integrations use to call outside APIs. Secrets are write-only: once saved, nobody can read them back.',
    formLabel: 'Connection details',
    importOpen: 'Import from a file or text',
    importHint:
      'Have a service-account JSON, a .p12, a PEM bundle, a JWK, a curl command or a .env block? Import it to fill the form.',
    submit: 'Create connection',
    notSaved: 'Not saved',
    refused: 'The server refused the connection',
    unauthorized:
      'The server did not accept your API key. Reconnect, then save again: what you typed is kept.',
    sectionConnection: 'Connection',
    sectionCredentials: 'Credentials',
    sectionOptional: 'Optional settings',
    /** A network failure: the client's message, then this. */
    keptAfterNetworkError: (reason: string) => `${reason} Nothing you typed is lost.`,
    tooManyRequests: (waitSeconds: number | undefined) =>
      waitSeconds === undefined
        ? 'Too many requests — wait a moment, then try again. Nothing you typed is lost.'
        : `Too many requests — try again in ${waitSeconds} s. Nothing you typed is lost.`,
    serverFailed: (reason: string) =>
      `The server could not save the connection (${reason}). Nothing you typed is lost.`,
  },
  picker: {
    label: 'Auth type',
  },
  /** Words of specific fields, beside the generated labels (see `fields`). */
  /**
   * The form's validation messages. The shared checks' words default to the contract's own
   * (the server answers with those), so the form and a 422 say the same thing in English.
   */
  validation: {
    ...checkWords,
    required: (label: string) => `${label} is required.`,
    rowKeyMissing: 'Enter a name, or remove the row.',
    duplicateRow: (key: string, row: number) => `"${key}" is already in row ${row}.`,
    expiration: 'Enter a whole number from 60 to 86400.',
    invalidValue: 'This value is not valid.',
    rsaKeyPem: (algorithm: string) =>
      `${algorithm} signs with an RSA private key: paste it in PEM format.`,
    pemCertificate: 'Paste a PEM certificate (-----BEGIN CERTIFICATE-----).',
    pemKey: 'Paste a PEM private key (-----BEGIN PRIVATE KEY-----).',
    encryptedKeyPassphrase: 'This key is encrypted: enter its passphrase.',
  },
  form: {
    /**
     * Helper text per field, written for an admin. Fields without one show the spec's own
     * description; a host's `fields.descriptions` wins over both.
     */
    help: {
      basic_auth_in_header:
        'Turn this on if the provider wants the client ID and secret in an "Authorization: Basic" header. Off, they are sent in the request body, the usual OAuth2 way.',
      header_name:
        "The header the key is sent in, such as x-api-key. The provider's API documentation names it.",
      algorithm: 'How the JWT is signed: HS* with a shared secret, RS* with an RSA private key.',
      key_id:
        'Optional. Tells the provider which of your keys signed the JWT (its "kid"), useful while you rotate keys.',
      issuer:
        'Who the JWT says issued it (its "iss" claim): usually your client ID or service account.',
      audience:
        'Who the JWT is meant for (its "aud" claim): usually the provider\'s token URL or API.',
      subject: 'Who the JWT acts for (its "sub" claim), such as a service account or a user ID.',
      expiration_seconds: 'How long each signed JWT stays valid: 60 seconds to 24 hours.',
      token_url: "The provider's token endpoint, where the connection gets its access tokens.",
      scopes: "The permissions to ask for. Leave empty for the provider's default.",
      token_response_field: "Which field of the token endpoint's answer holds the token to use.",
    } as Partial<Record<string, string>>,
    caCertificateHelp:
      "The CA that signed the server's certificate, if it is not publicly trusted.",
    scopesHelp: 'Press Enter, comma or space to add a scope.',
    customHeaders: 'Custom headers',
    customHeadersHelp: 'Headers sent with each token request.',
    header: 'Header',
    value: 'Value',
    tokenParams: 'Token request parameters',
    tokenParamsHelp: 'Extra form parameters sent with each token request (extra_params).',
    parameter: 'Parameter',
    jwtClaims: 'Extra JWT claims',
    jwtClaimsHelp: 'Additional custom claims to include in the JWT (extra_params).',
    claim: 'Claim',
    tokenUrlPlaceholder: 'https://auth.example.com/oauth/token',
    rsaKeyHelp: (algorithm: string) => `${algorithm} signs with an RSA private key (PEM).`,
    hmacSecretHelp: (algorithm: string, bytes: number) =>
      `${algorithm} signs with a shared secret of at least ${bytes} bytes.`,
  },
  variants: {
    jwtPreviewTitle: 'JWT preview',
    jwtPreviewIntro:
      'What each signed token will carry. Computed here in your browser; nothing is sent.',
    jwtHeader: 'Header',
    jwtClaims: 'Claims',
    jwtHeaderLabel: 'JWT header',
    jwtClaimsLabel: 'JWT claims',
    keyMatches: 'The private key belongs to this certificate.',
    keyMismatch:
      'This private key does not belong to the certificate. Check that you picked the pair issued together.',
    keyUnknown:
      'The key could not be compared with the certificate here (it may be encrypted). The server checks the pair when you save.',
  },
  /** The generic field widgets of src/components. */
  widgets: {
    formErrorRetry: 'Retry',
    show: (label: string) => `Show ${label}`,
    hide: (label: string) => `Hide ${label}`,
    showShort: 'Show',
    hideShort: 'Hide',
    removeScope: (scope: string) => `Remove ${scope}`,
    scopesPlaceholder: 'Type a scope, then Enter',
    key: 'Key',
    value: 'Value',
    addRow: 'Add row',
    removeRow: (n: number) => `Remove row ${n}`,
    rowLabel: (label: string, n: number) => `${label} ${n}`,
    noRows: (keyLabel: string) =>
      `None yet. Add a row, or paste a .env block or curl -H lines into a ${keyLabel.toLowerCase()}.`,
    enterKey: (keyLabel: string) => `Enter a ${keyLabel.toLowerCase()}`,
    duplicateKey: (keyLabel: string) =>
      `Duplicate ${keyLabel.toLowerCase()}: only one of these is kept`,
    pastedRows: (added: number, unparsed: number) =>
      `Added ${added} ${added === 1 ? 'row' : 'rows'} from the pasted text.` +
      (unparsed > 0
        ? ` ${unparsed} ${unparsed === 1 ? 'line was' : 'lines were'} not understood.`
        : ''),
    // A number field's range. The words write their numbers, as they do elsewhere: English
    // groups thousands with a comma, whatever the browser's locale (Intl.NumberFormat would
    // load ICU's number data on first use, 25-67 ms on a deep link; docs/decisions/0134).
    between: (min: number, max: number) => `Between ${thousands(min)} and ${thousands(max)}.`,
    atLeast: (min: number) => `At least ${thousands(min)}.`,
    atMost: (max: number) => `At most ${thousands(max)}.`,
    pem: {
      /** The PEM inspector's diagnostics and key descriptions. */
      inspect: pemInspectWords,
      dropHere: 'Drop the file to use it',
      chooseFileFor: (label: string) => `Choose file for ${label}`,
      chooseFile: 'Choose file',
      fileLabel: (label: string) => `${label} file`,
      clearLabel: (label: string) => `Clear ${label}`,
      clear: 'Clear',
      orDrop: 'or drop a file on the field',
      maskedHint: 'Hidden. Show it to edit, or paste or drop to replace it.',
      tooLarge: (file: string) => `${file} is too large to be a PEM file.`,
      binary: (file: string) =>
        `${file} is binary (DER?), not PEM text. Convert it first, e.g. openssl x509 -inform der -in ${file} -out cert.pem.`,
      noBlock: (file: string) => `${file} holds no PEM block (-----BEGIN …-----).`,
      expired: 'Expired',
      notValidYet: 'Not valid yet',
      expiresIn: (days: number) => `Expires in ${days} day${s(days)}`,
      valid: 'Valid',
      expiredAgo: (days: number) => `expired ${days} day${s(days)} ago`,
      daysLeft: (days: number) => `${days} day${s(days)} left`,
      subject: 'Subject',
      emptySubject: '(empty)',
      issuer: 'Issuer',
      selfSigned: (issuer: string) => `${issuer} (self-signed)`,
      validFrom: 'Valid from',
      validUntil: 'Valid until',
      fingerprint: 'SHA-256',
      certificate: 'Certificate',
      certificateOf: (n: number, total: number) => `Certificate ${n} of ${total}`,
      moreCertificates: (more: number, expired: number) =>
        `…and ${more} more certificate${s(more)}${expired > 0 ? `, ${expired} of them expired` : ''}.`,
      privateKey: (description: string) => `Private key: ${description}`,
      encrypted: 'Encrypted',
      notEncrypted: 'Not encrypted',
      passphraseNeeded: 'This key is protected by a passphrase, which is needed to use it.',
      readerFailed: "The PEM reader could not be loaded, so its contents can't be shown.",
    },
  },
  detail: {
    allConnections: 'All connections',
    backToConnection: 'Back to the connection',
    saved: 'Changes saved.',
    since: (date: string) => `since ${date}`,
    edit: 'Edit',
    replace: 'Replace',
    readOnly: (managedElsewhere: string) =>
      `This connection was created outside this page and is read-only here. ${managedElsewhere}`,
    notUpdatable: (typeLabel: string) =>
      `The API cannot update a ${typeLabel} connection. To change it, use Replace: create a new one with the new values, re-point what uses this one, then delete it.`,
    settings: 'Settings',
    noSettings: 'This type has no settings besides its name and provider.',
    secretOptional: 'Write-only, stored if one was given',
    secretStored: 'Stored, write-only',
    secretsNote: 'Secrets are write-only: nobody can read them back, not even an admin.',
    secretsEditNote: ' Edit the connection to replace one.',
    loading: 'Loading the connection',
    loadFailed: (reason: string) => `The connections could not be loaded: ${reason}`,
    notFoundTitle: 'Connection not found',
    notFoundText:
      'No auth connection with this ID exists in your workspace. It may have been deleted, or the link points to another workspace.',
    goToList: 'Go to all connections',
  },
  connectionTest: {
    test: 'Test',
    testing: 'Testing…',
    testConnection: 'Test connection',
    testHelp: 'Calls the service with what is typed. Nothing is saved.',
    probeUrl: 'Probe URL',
    probeUrlHelp:
      'An address of the API this credential is for that answers a GET, called with the credential to test it. Only used to test; not saved.',
    probeUrlPlaceholder: 'https://api.example.com/v1/me',
    resultLabel: 'Test result',
    works: 'The connection works',
    failed: 'The test failed',
    notTestable: 'This connection cannot be tested here',
    outOfDate:
      'Out of date: the form changed since this test. Test again to check what is typed now.',
    fixIt: 'What to fix',
    steps: 'Steps',
    stepNames: {
      input: 'Input',
      resolve: 'DNS and address check',
      connect: 'Connect',
      tls: 'TLS handshake',
      sign: 'Sign the JWT',
      request: 'Request and answer',
      status: 'HTTP status',
      token: 'Token response',
    },
    stepFailed: 'failed',
    stepPassed: 'passed',
    ms: (ms: number) => `${ms} ms`,
    transcript: 'Transcript (secrets marked)',
    copyTranscript: 'Copy transcript',
    copied: 'Copied, with the secrets still marked.',
    sent: 'Sent',
    received: 'Received',
    noAnswer: 'No answer was received.',
    truncated: 'The answer was cut at 64 KB.',
    token: 'Token',
    tokenType: 'Token type',
    lifetime: 'Lifetime',
    seconds: (n: number) => `${n} s`,
    unknown: 'not stated',
    scopesRequested: 'Scopes requested',
    scopesGranted: 'Scopes granted',
    scopesAsRequested: 'not stated by the server (as requested)',
    notGranted: (scope: string) => `${scope} (not granted)`,
    noScopes: 'none',
    tokenJwt: 'Token header and claims (never the token itself)',
    assertion: 'Signed JWT header and claims (never the signature)',
    tls: 'TLS',
    peerChain: 'Server certificate chain',
    verified: 'The server certificate verified.',
    notVerified: (why: string) => `The server certificate did not verify: ${why}`,
    certificate: (subject: string, issuer: string, from: string, to: string) =>
      `${subject} — issued by ${issuer}, valid ${from} to ${to}`,
    lastTested: (when: string) => `Last tested ${when}`,
    lastWorked: 'it worked.',
    lastFailed: 'it failed.',
    neverTested: 'Not tested yet.',
    /** What to fix, by the server's advice code (contract/connection-test-advice.ts). */
    advice: CONNECTION_TEST_ADVICE as Record<string, string>,
  },
  dependents: {
    title: 'Used by',
    none: 'Nothing uses this connection: no tool, MCP server or integration connection depends on it.',
    count: (n: number) => `${n} ${n === 1 ? 'dependent' : 'dependents'}`,
    calls: (n: number) =>
      `${n} ${n === 1 ? 'dependent calls' : 'dependents call'} outside APIs with this connection.`,
    pictureLabel: (name: string, n: number) =>
      `Picture of ${name} and its ${n} ${n === 1 ? 'dependent' : 'dependents'}; the same facts are listed below.`,
    groups: {
      tools: 'Tools',
      mcp_servers: 'MCP servers',
      integration_connections: 'Integration connections',
    },
    nouns: {
      tools: 'Tool',
      mcp_servers: 'MCP server',
      integration_connections: 'Integration connection',
    },
    accessLevels: {
      admin: 'Admin',
      editor: 'Editor',
      commenter: 'Commenter',
      viewer: 'Viewer',
    },
    access: (level: string) => `${level} access`,
    groupTitle: (title: string, n: number) => `${title} (${n})`,
    hidden: (n: number) => `${n} you can't see`,
    more: (n: number) => `+${n} more`,
    hiddenTitle: 'Not visible to you',
    hiddenCaption: 'Tools or MCP servers',
    hiddenText:
      'Tools or MCP servers that are not shared with you. They still use this connection.',
  },
  deleteDialog: {
    title: (name: string) => `Delete “${name}”?`,
    inUse: (n: number) =>
      `${n === 1 ? '1 thing uses' : `${n} things use`} this connection. It will stop working as soon as the connection is deleted.`,
    dependentsTitle: 'What depends on it',
    typeToConfirm: (name: string) => `Type “${name}” to confirm`,
    notUsed:
      "Nothing uses this connection. Its stored secrets are deleted with it, and this can't be undone.",
    managedElsewhere: (where: string) => `This connection is managed elsewhere. ${where}`,
    groups: { tools: 'Tools', mcp_servers: 'MCP servers', integrations: 'Integrations' },
    hiddenText: 'Tools or MCP servers you have no access to; they break too.',
    bulkTitle: (n: number) => `Delete ${n === 1 ? '1 connection' : `${n} connections`}?`,
    bulkText: (n: number) =>
      `Nothing uses ${n === 1 ? 'it' : 'them'}. Their stored secrets are deleted too, and this can't be undone.`,
    bulkListLabel: 'Connections to delete',
    bulkRefused: (n: number, names: string) =>
      `Not included, because something uses ${n === 1 ? 'it' : 'them'} (delete ${n === 1 ? 'it' : 'each'} on its own to see what breaks): ${names}.`,
    bulkConfirm: (n: number) => `Delete ${n === 1 ? '1 connection' : `${n} connections`}`,
    conflictText: (name: string) =>
      `“${name}” was not deleted: someone changed it after you opened it.`,
    conflictHowTo: 'Check what changed, then delete it again if you still want to.',
    conflictReview: 'Review and delete',
  },
  edit: {
    title: (name: string) => `Edit ${name}`,
    intro: (typeLabel: string) =>
      `${typeLabel}. Changes apply to everything that uses this connection from its next call.`,
    formLabel: 'Edit connection',
    refused: 'The server refused the changes',
    nothingChanged: 'Nothing to save: no field has changed.',
    save: 'Save changes',
    readOnly: (managedElsewhere: string) =>
      `This connection is read-only here. ${managedElsewhere}`,
    notUpdatable: (typeLabel: string) =>
      `The API cannot update a ${typeLabel} connection. Use Replace to create a new one with the new values.`,
    /** `{replace}` is a link to the Replace page, with the text of `useReplace`. */
    cannotChange: "Can't be changed after creation — {replace} to create a copy with a new value.",
    useReplace: 'use Replace',
    confirmTitle: (name: string) => `Save changes to ${name}?`,
    confirmText: (n: number, changes: string[]) =>
      `${n === 1 ? 'This 1 will use' : `These ${n} will use`} the new values on their next call. Changing: ${changes.join(', ')}.`,
    keepEditing: 'Keep editing',
    secretReplaced: (label: string) => `${label}: will be replaced when you save.`,
    keepStored: (label: string) => `Keep the stored ${label.toLowerCase()}`,
    secretStored: (label: string) =>
      `${label}: stored, write-only. Leave empty to keep it, or type a new one to replace it.`,
    willBeCleared: (label: string) => `${label}: will be cleared when you save.`,
    undo: 'Undo',
    leaveTitle: 'Leave without saving?',
    leaveText: 'Your changes on this page are not saved. If you leave, they are lost.',
    leave: 'Leave without saving',
    conflictDeletedTitle: 'This connection was deleted',
    conflictDeletedText:
      'Someone deleted it after you opened it, so nothing was saved. What you typed is still in the form.',
    conflictTitle: 'Someone else changed this connection',
    conflictText:
      'They saved changes after you opened it, so yours were not saved. Nothing you typed is lost.',
    conflictLoading: 'Loading their version…',
    conflictLoadFailed: 'Their version could not be loaded. Try again.',
    conflictHowTo: 'Reload their version to keep your changes on top of theirs, then save again.',
    conflictReload: 'Reload their version',
    conflictNoChanges: 'None of the fields you can edit here differ from what you loaded.',
    conflictChangesIntro: 'What they changed:',
    conflictChangesLabel: 'What they changed',
    conflictAlsoYours: ' (you changed it too: your value will be kept)',
    rebased:
      'Their version is loaded, with your changes on top. Check the fields, then save again.',
  },
  replace: {
    cannotReplace: (name: string, typeLabel: string, where: string) =>
      `${name} can't be replaced here: ${typeLabel} connections are created elsewhere. ${where}`,
    title: (name: string) => `Replace ${name}`,
    intro: (typeLabel: string, name: string) =>
      `This creates a new ${typeLabel} connection, prefilled with the values of ${name}. Change what you need, the name included. Secrets are write-only and can't be copied: enter them again. ${name} stays in place until you delete it.`,
    submit: 'Create replacement',
    created: (created: string, old: string) =>
      `${created} was created. ${old} still exists, unchanged.`,
    repointTitle: (name: string) => `Re-point what uses ${name}`,
    nothingUsesTitle: (name: string) => `Nothing uses ${name}`,
    repointText: (n: number, old: string, created: string) =>
      `${n} ${n === 1 ? 'dependent still uses' : 'dependents still use'} ${old}. Point each of them at ${created} where it is configured, then delete ${old}: deleting it first breaks their next call.`,
    nothingUsesText:
      'No tool, MCP server or integration connection depends on it, so it can be deleted now.',
    open: (name: string) => `Open ${name}`,
    deleteOld: (name: string) => `Delete ${name}`,
  },
};
