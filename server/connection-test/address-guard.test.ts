// SSRF at connect time: the DNS answer is injected and the connect function fails the test if it
// is ever called for a refused address. No test here resolves a real name or sends a packet
// anywhere but 127.0.0.1.
import { describe, expect, it, vi } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { realNetwork, type ResolvedAddress, type TestNetwork } from './address-guard.ts';
import { exchange } from './http-exchange.ts';
import { DEFAULT_TEST_LIMITS } from './run-test.ts';

function network(answers: Record<string, string[]>) {
  const connect = vi.fn<TestNetwork['connect']>(() => {
    throw new Error('a connection was attempted');
  });
  const resolve = vi.fn(async (host: string): Promise<ResolvedAddress[]> => {
    const found = answers[host];
    if (!found) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    return found.map((address) => ({ address, family: net.isIPv6(address) ? 6 : 4 }));
  });
  return { resolve, connect } satisfies TestNetwork;
}

const get = (url: string, net: TestNetwork, allowLoopback = false) =>
  exchange({ url: new URL(url), method: 'GET', headers: [], body: '' }, net, {
    allowLoopback,
    limits: DEFAULT_TEST_LIMITS,
  });

describe('names that resolve to an address a connection must not call', () => {
  it.each([
    ['10.1.2.3', 'a private network address'],
    ['172.16.5.4', 'a private network address'],
    ['192.168.0.10', 'a private network address'],
    ['127.0.0.1', 'a loopback address'],
    ['169.254.169.254', 'a cloud metadata address'],
    ['169.254.10.10', 'a link-local address'],
    ['100.64.0.1', 'a carrier-grade NAT (shared) address'],
    ['0.0.0.0', 'an unspecified address'],
    ['::1', 'a loopback address'],
    ['fe80::1', 'a link-local address'],
    ['fd12:3456::1', 'a private network address'],
    ['fd00:ec2::254', 'a cloud metadata address'],
    ['::ffff:10.0.0.1', 'a private network address'],
    ['::ffff:169.254.169.254', 'a cloud metadata address'],
    ['64:ff9b::a00:1', 'a private network address'],
    ['2002:c0a8:1::1', 'a private network address'],
  ])('api.example.test → %s is refused (%s) before any connection', async (address, kind) => {
    const net = network({ 'api.example.test': [address] });
    const r = await get('https://api.example.test/v1/me', net);
    expect(r.failure).toMatchObject({ step: 'resolve', code: 'address_refused' });
    expect(r.failure?.detail).toContain(kind);
    expect(net.resolve).toHaveBeenCalledTimes(1);
    expect(net.connect).not.toHaveBeenCalled();
  });

  it('is refused when any one of several addresses is private', async () => {
    const net = network({ 'mixed.example.test': ['93.184.216.34', '10.0.0.7'] });
    const r = await get('https://mixed.example.test/', net);
    expect(r.failure?.detail).toContain('10.0.0.7');
    expect(net.connect).not.toHaveBeenCalled();
  });

  it('a name that does not resolve is a failed DNS step', async () => {
    const net = network({});
    const r = await get('https://nowhere.example.test/', net);
    expect(r.failure).toMatchObject({ step: 'resolve', code: 'dns_failed' });
    expect(net.connect).not.toHaveBeenCalled();
  });
});

describe('addresses and names refused by their text, without a look-up', () => {
  it.each([
    'https://169.254.169.254/latest/meta-data/',
    'https://10.0.0.1/',
    'https://0x7f.1/',
    'https://2130706433/',
    'https://017700000001/',
    'https://[::ffff:127.0.0.1]/',
    'https://[fd00::1]/',
    'https://metadata.google.internal/',
    'https://printer.local/',
    'https://localhost/',
    'https://intranet/',
  ])('%s', async (url) => {
    const net = network({});
    const r = await get(url, net);
    expect(r.failure).toMatchObject({ step: 'resolve', code: 'address_refused' });
    expect(net.resolve).not.toHaveBeenCalled();
    expect(net.connect).not.toHaveBeenCalled();
  });
});

describe('connects to the checked address', () => {
  it('resolves once and connects to the address it judged (no second look-up to rebind)', async () => {
    const server = createServer((_, res) => res.end('{}'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    let calls = 0;
    const net: TestNetwork = {
      // A rebinding resolver: the first answer is loopback (allowed in tests), later ones private.
      resolve: vi.fn(async () => [
        { address: ++calls === 1 ? '127.0.0.1' : '10.0.0.1', family: 4 as const },
      ]),
      connect: vi.fn((address, p) => {
        expect(address.address).toBe('127.0.0.1');
        return realNetwork.connect(address, p);
      }),
    };
    const r = await get(`http://rebind.example.test:${port}/`, net, true);
    server.close();
    expect(r.failure).toBeNull();
    expect(r.response?.status).toBe(200);
    expect(net.resolve).toHaveBeenCalledTimes(1);
    expect(net.connect).toHaveBeenCalledTimes(1);
    expect(r.sentHeaders[0]).toEqual(['Host', `rebind.example.test:${port}`]);
  });

  it('loopback is refused unless the test switch allows it', async () => {
    const net = network({});
    const r = await get('http://127.0.0.1:9/', net, false);
    expect(r.failure).toMatchObject({ code: 'address_refused' });
    expect(net.connect).not.toHaveBeenCalled();
  });
});
