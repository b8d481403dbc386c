// A connection test from fields to result: prepare the request (per type, strategies.ts), make
// it (http-exchange.ts), judge the answer (judge-answer.ts), redact the transcript (redact.ts).
// A test stores nothing and changes nothing; it never throws for a bad endpoint.
import {
  CONNECTION_TEST_ADVICE,
  type ConnectionTestAdviceCode,
  type ConnectionTestResult,
  type ConnectionTestStep,
} from '../../contract/index.ts';
import type { TestNetwork } from './address-guard.ts';
import { exchange, type ExchangeLimits } from './http-exchange.ts';
import { judgeProbe, judgeTokenAnswer } from './judge-answer.ts';
import { buildTranscript, redactText, secretsInJson } from './redact.ts';
import { strategyFor, type Fields, type PreparedTest } from './strategies.ts';

export const DEFAULT_TEST_LIMITS: ExchangeLimits = {
  connectMs: 5_000,
  totalMs: 15_000,
  maxBodyBytes: 64 * 1024,
};

export interface TesterDeps {
  network: TestNetwork;
  allowLoopback: boolean;
  limits: ExchangeLimits;
  now: () => number;
}

const STEP_WORDS: Record<ConnectionTestStep['step'], string> = {
  input: 'input',
  resolve: 'DNS and address check',
  connect: 'connect',
  tls: 'TLS handshake',
  sign: 'signing',
  request: 'request',
  status: 'HTTP status',
  token: 'token response',
};

function result(
  base: Pick<ConnectionTestResult, 'auth_type' | 'tested_at'>,
  parts: Partial<ConnectionTestResult> & { steps: ConnectionTestStep[] },
  code: ConnectionTestAdviceCode | null,
): ConnectionTestResult {
  const failed = parts.steps.find((s) => !s.ok);
  return {
    ok: !failed,
    testable: true,
    host: null,
    assertion: null,
    token: null,
    tls: null,
    transcript: null,
    ...base,
    ...parts,
    verdict:
      parts.verdict ??
      (failed ? `Failed at ${STEP_WORDS[failed.step]}: ${failed.detail}` : 'The connection works.'),
    failed_step: failed?.step ?? null,
    advice_code: failed ? code : null,
    advice: failed && code ? CONNECTION_TEST_ADVICE[code] : null,
  };
}

/** A URL the test may call, by its text: absolute http(s), no user name or password in it. */
export function parseTestUrl(value: string): URL | string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'Enter an absolute URL, like https://api.example.com/v1/me.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return 'The URL must start with https://.';
  if (url.username || url.password) return 'The URL must not contain a user name or password.';
  return url;
}

export function createConnectionTester(deps: TesterDeps) {
  return async function runTest(
    authType: string,
    fields: Fields,
    probeUrl: string | undefined,
  ): Promise<ConnectionTestResult> {
    const base = { auth_type: authType, tested_at: new Date(deps.now()).toISOString() };
    const plan = strategyFor(authType);
    if (!plan) {
      return {
        ...result(base, { steps: [] }, null),
        ok: false,
        testable: false,
        verdict: 'Connections of this type cannot be tested here.',
        advice_code: 'read_only',
        advice: CONNECTION_TEST_ADVICE.read_only,
      };
    }
    const steps: ConnectionTestStep[] = [];
    let url: URL;
    if (plan.kind === 'probe') {
      const parsed = probeUrl ? parseTestUrl(probeUrl) : 'No probe URL was given.';
      if (typeof parsed === 'string') {
        steps.push({ step: 'input', ok: false, ms: 0, detail: parsed });
        return result(base, { steps }, probeUrl ? 'url_invalid' : 'probe_url_missing');
      }
      url = parsed;
    } else {
      url = new URL(String(fields.token_url));
    }
    // Only http to a loopback host is allowed, and only with the test switch (the guard checks the
    // address itself); anything else must be https.
    if (url.protocol === 'http:' && !deps.allowLoopback) {
      steps.push({ step: 'input', ok: false, ms: 0, detail: 'The URL must start with https://.' });
      return result(base, { steps, host: url.host }, 'url_invalid');
    }

    let prepared: PreparedTest;
    try {
      prepared =
        plan.kind === 'probe'
          ? await plan.strategy.prepare(fields, url)
          : await plan.strategy.prepare(fields);
    } catch (error) {
      // Only the error's class: its message may quote key material.
      steps.push({
        step: 'sign',
        ok: false,
        ms: 0,
        detail: `The key could not sign (${(error as Error).name}).`,
      });
      return result(base, { steps, host: url.host }, 'key_unusable');
    }
    if (prepared.signMs !== null) {
      steps.push({
        step: 'sign',
        ok: true,
        ms: prepared.signMs,
        detail: `Signed a JWT with ${String(prepared.assertion?.header.alg)}.`,
      });
    }

    const outcome = await exchange(prepared.request, deps.network, {
      allowLoopback: deps.allowLoopback,
      limits: deps.limits,
    });
    steps.push(...outcome.steps);
    const secrets = [
      ...prepared.secrets,
      ...(outcome.response ? secretsInJson(outcome.response.body) : []),
    ];
    const redact = (text: string) => redactText(text, secrets);
    // Steps may quote what the server said (an error description, a Location): redact them too.
    for (const step of steps) step.detail = redact(step.detail);
    const transcript = buildTranscript(
      { ...prepared.request, headers: outcome.sentHeaders },
      outcome.response,
      secrets,
    );
    const common = {
      host: prepared.request.url.host,
      assertion: prepared.assertion,
      tls: outcome.tls,
      transcript,
    };
    if (outcome.failure || !outcome.response) {
      return result(base, { ...common, steps }, outcome.failure?.code ?? 'connection_closed');
    }
    const verdict =
      plan.kind === 'probe'
        ? judgeProbe(outcome.response, redact)
        : judgeTokenAnswer(outcome.response, {
            tokenField: plan.strategy.tokenField(fields),
            scopesRequested: plan.strategy.scopes(fields),
            redact,
          });
    steps.push({ step: verdict.step, ok: verdict.ok, ms: 0, detail: verdict.detail });
    return result(
      base,
      {
        ...common,
        steps,
        token: verdict.token,
        ...(verdict.ok ? { verdict: verdict.detail } : {}),
      },
      verdict.code,
    );
  };
}

export type ConnectionTester = ReturnType<typeof createConnectionTester>;
