// SSRF at connect time (docs/decisions/0091-connection-test-ssrf.md): the host of a URL a test
// calls is resolved once, every address it resolves to is judged with the contract's address
// table, and the caller connects to the address that was judged (no second look-up, so a DNS
// answer that changes between check and connect, "DNS rebinding", cannot slip through).
import { lookup } from 'node:dns/promises';
import net from 'node:net';
import { classifyHost, HOST_KIND_TEXT } from '../../contract/index.ts';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** The network a test uses; tests inject both to answer DNS and to catch any connection. */
export interface TestNetwork {
  resolve(hostname: string): Promise<ResolvedAddress[]>;
  connect(address: ResolvedAddress, port: number): net.Socket;
}

export const realNetwork: TestNetwork = {
  resolve: async (hostname) =>
    (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({
      address: a.address,
      family: a.family === 6 ? 6 : 4,
    })),
  connect: ({ address, family }, port) => net.connect({ host: address, port, family }),
};

export type GuardOutcome =
  | { ok: true; address: ResolvedAddress; all: ResolvedAddress[] }
  | { ok: false; code: 'dns_failed' | 'address_refused'; detail: string };

const bare = (hostname: string) =>
  hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;

function judge(text: string, allowLoopback: boolean): string | null {
  const kind = classifyHost(net.isIPv6(text) ? `[${text}]` : text);
  if (kind === 'public' || (kind === 'loopback' && allowLoopback)) return null;
  return HOST_KIND_TEXT[kind];
}

/** Resolves `url`'s host and refuses it unless every address is one a connection may call. */
export async function guardHost(
  url: URL,
  network: TestNetwork,
  allowLoopback: boolean,
): Promise<GuardOutcome> {
  const host = bare(url.hostname);
  // A name can be refused by its text alone (metadata.google.internal, *.local, localhost).
  if (net.isIP(host) === 0) {
    const byName = judge(host, allowLoopback);
    if (byName) {
      return {
        ok: false,
        code: 'address_refused',
        detail: `${host} is ${byName}; no connection was made.`,
      };
    }
  }
  let all: ResolvedAddress[];
  if (net.isIP(host) !== 0) {
    all = [{ address: host, family: net.isIP(host) === 6 ? 6 : 4 }];
  } else {
    try {
      all = await network.resolve(host);
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'error';
      return { ok: false, code: 'dns_failed', detail: `${host} did not resolve (${code}).` };
    }
    if (all.length === 0) {
      return { ok: false, code: 'dns_failed', detail: `${host} resolved to no address.` };
    }
  }
  for (const candidate of all) {
    // IPv4-mapped and other embedded forms are judged by the address they carry.
    const why = judge(candidate.address, allowLoopback);
    if (why) {
      const via = net.isIP(host) === 0 ? `${host} resolves to ${candidate.address}, ` : '';
      return {
        ok: false,
        code: 'address_refused',
        detail: `${via}${candidate.address} is ${why}; no connection was made.`,
      };
    }
  }
  return { ok: true, address: all[0] as ResolvedAddress, all };
}
