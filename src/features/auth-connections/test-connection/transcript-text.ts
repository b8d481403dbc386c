// The transcript as plain HTTP/1.1 text, for showing and copying (secrets stay marks).
import type { ConnectionTestTranscript } from '../../../../contract/index.ts';

export function transcriptText(
  t: ConnectionTestTranscript,
  only: { requestOnly?: boolean; responseOnly?: boolean } = {},
): string {
  const request = [
    t.request.line,
    ...t.request.headers.map(([name, value]) => `${name}: ${value}`),
    '',
    t.request.body,
  ].join('\n');
  const response = t.response
    ? [
        t.response.status_line,
        ...t.response.headers.map(([name, value]) => `${name}: ${value}`),
        '',
        t.response.body,
      ].join('\n')
    : '';
  if (only.requestOnly) return request;
  if (only.responseOnly) return response;
  return response ? `${request}\n\n${response}` : request;
}
