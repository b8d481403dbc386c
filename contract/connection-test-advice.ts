// What to fix, one sentence per failure a connection test can meet. The server sends the code and
// this English sentence; the page shows its messages object's sentence for the code (these are its
// defaults), so a host can reword or translate them.
export const CONNECTION_TEST_ADVICE = {
  invalid_client:
    'The token endpoint did not accept the client: check the client ID and client secret, and whether it wants them in the Authorization header or in the body.',
  invalid_grant:
    'The token endpoint refused the signed assertion: check the issuer, subject, audience, key, key ID and algorithm it expects.',
  invalid_scope: 'The token endpoint refused a scope: ask only for scopes this client may have.',
  unauthorized_client: 'This client may not use this grant type: enable it at the provider.',
  unsupported_grant_type: 'The token endpoint does not support this grant type.',
  token_error: 'The token endpoint answered with an error: read its answer in the transcript.',
  http_401:
    'The endpoint did not accept the credential: check that it is current and sent where the API expects it (header name, scheme).',
  http_403: 'The credential was accepted but may not use this URL: check its permissions.',
  http_404: 'Nothing answers at this URL: check its path.',
  http_5xx: 'The endpoint failed on its side: try again later, or ask its owner.',
  http_error: 'The endpoint answered with an error: read its answer in the transcript.',
  redirect:
    'The endpoint answered with a redirect, which a test never follows: use the address it points to.',
  not_json:
    'The answer is not JSON: the URL is probably a web page, not the token endpoint. Check the token URL.',
  no_token:
    'The answer has no token in the expected field: check the token URL and the token response field.',
  too_large:
    'The answer was larger than 64 KB, far more than a token endpoint sends: check the URL.',
  url_invalid: 'Enter an absolute https:// URL.',
  probe_url_missing:
    'Enter a probe URL: an address of the API this credential is for that answers a GET.',
  dns_failed: 'The host name does not resolve: check its spelling.',
  address_refused:
    'The URL leads to an address a connection must not call (private, loopback, link-local or metadata): use the public address of the service.',
  connect_refused: 'Nothing accepts connections at this host and port: check the port.',
  connect_timeout: 'The host did not answer in time: check the host, the port and any firewall.',
  timeout: 'The test took too long and was stopped: the endpoint is too slow or does not answer.',
  connection_closed: 'The server closed the connection without an answer.',
  tls_certificate_required:
    'The server wants a client certificate it did not get: add the client certificate and key it expects.',
  tls_unknown_ca:
    "The server does not trust the client certificate's issuer: use a certificate from the CA the server trusts.",
  tls_certificate_expired:
    'The client certificate has expired (or is not valid yet): issue a new one.',
  tls_client_certificate_refused:
    'The server closed the connection right after the TLS handshake without an answer: it did not accept the client certificate. Check that it was issued by the CA the server trusts.',
  tls_bad_certificate: 'The server refused the client certificate: check that it is the right one.',
  tls_server_untrusted:
    "The server's certificate did not verify against the CA certificate (or the public CAs without one): check the CA certificate.",
  tls_failed: 'The TLS handshake failed: read the reason in the steps.',
  key_unusable:
    'The key could not be used: check the key, its passphrase and that it fits the algorithm.',
  read_only:
    'Connections of this type are created and kept by their integration; they cannot be tested here.',
} as const;

export type ConnectionTestAdviceCode = keyof typeof CONNECTION_TEST_ADVICE;
