// A provider name guessed from a URL's host ("api.stripe.com" -> "stripe"), for the admin to
// review like every other imported field. Hosts that name no organisation give nothing.

export function providerFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`).hostname;
  } catch {
    return undefined;
  }
  if (host.startsWith('[') || /^[\d.]+$/.test(host)) return undefined;
  const labels = host.split('.').filter(Boolean);
  if (labels.length < 2) return undefined;
  return labels[labels.length - 2];
}
