// What an answer means: for a token request, an OAuth2 token response (RFC 6749 §5.1) or error
// (§5.2); for a probe, any 2xx. Each failure names its step and its advice code.
import { decodeJwt, decodeProtectedHeader } from 'jose';
import type {
  ConnectionTestAdviceCode,
  ConnectionTestResult,
  DecodedJwt,
} from '../../contract/index.ts';
import type { ExchangeResponse } from './http-exchange.ts';

export interface Judgement {
  ok: boolean;
  step: 'status' | 'token';
  detail: string;
  code: ConnectionTestAdviceCode | null;
  token: ConnectionTestResult['token'];
}

const OAUTH_ERRORS: Record<string, ConnectionTestAdviceCode> = {
  invalid_client: 'invalid_client',
  invalid_grant: 'invalid_grant',
  invalid_scope: 'invalid_scope',
  unauthorized_client: 'unauthorized_client',
  unsupported_grant_type: 'unsupported_grant_type',
};

function header(res: ExchangeResponse, name: string): string | undefined {
  return res.headers.find(([n]) => n.toLowerCase() === name)?.[1];
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A redirect is shown, never followed. */
function redirect(res: ExchangeResponse, redact: (s: string) => string): Judgement | undefined {
  if (res.status < 300 || res.status >= 400) return undefined;
  const location = header(res, 'location');
  return {
    ok: false,
    step: 'status',
    code: 'redirect',
    detail: `HTTP ${res.status}: a redirect${location ? ` to ${redact(location)}` : ''}, not followed.`,
    token: null,
  };
}

function httpCode(status: number): ConnectionTestAdviceCode {
  if (status === 401) return 'http_401';
  if (status === 403) return 'http_403';
  if (status === 404) return 'http_404';
  if (status >= 500) return 'http_5xx';
  return 'http_error';
}

export function judgeProbe(res: ExchangeResponse, redact: (s: string) => string): Judgement {
  const moved = redirect(res, redact);
  if (moved) return moved;
  if (res.status >= 200 && res.status < 300) {
    return {
      ok: true,
      step: 'status',
      code: null,
      detail: `HTTP ${res.status}: the endpoint accepted the credential.`,
      token: null,
    };
  }
  return {
    ok: false,
    step: 'status',
    code: httpCode(res.status),
    detail: `HTTP ${res.status} ${redact(res.statusText)}.`,
    token: null,
  };
}

/** Header and claims of a JWT, or null when the token is not one. Never the signature. */
export function decodeIfJwt(token: string): DecodedJwt | null {
  if (token.split('.').length !== 3) return null;
  try {
    return {
      header: decodeProtectedHeader(token) as Record<string, unknown>,
      claims: decodeJwt(token) as Record<string, unknown>,
    };
  } catch {
    return null;
  }
}

export function judgeTokenAnswer(
  res: ExchangeResponse,
  opts: { tokenField: string; scopesRequested: string[]; redact: (s: string) => string },
): Judgement {
  const moved = redirect(res, opts.redact);
  if (moved) return moved;
  const body = res.truncated ? undefined : parseJson(res.body);
  if (res.status < 200 || res.status >= 300) {
    const error = typeof body?.error === 'string' ? body.error : undefined;
    const description =
      typeof body?.error_description === 'string'
        ? ` (${opts.redact(body.error_description)})`
        : '';
    const known = error === undefined ? undefined : OAUTH_ERRORS[error];
    const code: ConnectionTestAdviceCode =
      known ??
      (error !== undefined && res.status === 400
        ? 'token_error'
        : res.status === 401
          ? 'invalid_client'
          : httpCode(res.status));
    return {
      ok: false,
      step: 'status',
      code,
      detail: `HTTP ${res.status}${error ? `: ${opts.redact(error)}${description}` : ` ${opts.redact(res.statusText)}`}.`,
      token: null,
    };
  }
  if (res.truncated) {
    return {
      ok: false,
      step: 'token',
      code: 'too_large',
      detail: 'The answer was cut at 64 KB.',
      token: null,
    };
  }
  if (!body) {
    const type = header(res, 'content-type') ?? 'no content type';
    return {
      ok: false,
      step: 'token',
      code: 'not_json',
      detail: `The answer is ${opts.redact(type)}, not a JSON object.`,
      token: null,
    };
  }
  const token = body[opts.tokenField];
  if (typeof token !== 'string' || token === '') {
    return {
      ok: false,
      step: 'token',
      code: 'no_token',
      detail: `The answer has no "${opts.tokenField}" (it has: ${Object.keys(body).join(', ') || 'nothing'}).`,
      token: null,
    };
  }
  const scope = typeof body.scope === 'string' ? body.scope : undefined;
  const granted = scope === undefined ? null : scope.split(/[\s]+/).filter(Boolean);
  const tokenType = typeof body.token_type === 'string' ? body.token_type : null;
  const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : null;
  const missing = granted ? opts.scopesRequested.filter((s) => !granted.includes(s)) : [];
  return {
    ok: true,
    step: 'token',
    code: null,
    detail: `Got ${opts.tokenField} (${tokenType ?? 'no token_type'}${
      expiresIn !== null ? `, expires in ${expiresIn} s` : ''
    })${missing.length > 0 ? `; not granted: ${missing.join(' ')}` : ''}.`,
    token: {
      token_type: tokenType,
      expires_in: expiresIn,
      scopes_requested: opts.scopesRequested,
      scopes_granted: granted,
      jwt: decodeIfJwt(token),
    },
  };
}
