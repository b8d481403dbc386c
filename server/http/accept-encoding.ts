// Which content coding to send, from the request's Accept-Encoding (RFC 9110 §12.5.3).
// Only the codings we can make are considered, in our order of preference; `q=0` refuses one,
// `*` stands for any coding not named. No header (or only identity) means send it as it is.

export type Coding = 'br' | 'gzip';
const PREFERENCE: readonly Coding[] = ['br', 'gzip'];

export function preferredCoding(
  header: string | undefined | null,
  available: readonly Coding[] = PREFERENCE,
): Coding | undefined {
  if (!header) return undefined;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [rawName, ...params] = part.split(';');
    const name = rawName!.trim().toLowerCase();
    if (!name) continue;
    let weight = 1;
    for (const param of params) {
      const [k, v] = param.split('=');
      if (k?.trim().toLowerCase() === 'q') {
        const n = Number(v?.trim());
        weight = Number.isFinite(n) ? n : 0;
      }
    }
    q.set(name, weight);
  }
  let best: Coding | undefined;
  let bestQ = 0;
  for (const coding of PREFERENCE) {
    if (!available.includes(coding)) continue;
    const weight =
      q.get(coding) ?? (coding === 'gzip' ? q.get('x-gzip') : undefined) ?? q.get('*') ?? 0;
    if (weight > bestQ) {
      best = coding;
      bestQ = weight;
    }
  }
  return best;
}
