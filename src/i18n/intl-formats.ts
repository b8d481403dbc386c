// The page's Intl objects, each made on its first use rather than when its module loads. The
// first Intl object of a kind loads that kind's locale data: made at module evaluation, they
// cost about 95 ms of a deep link to a form at 4x CPU (collation 47, dates 42, numbers 8), where
// none of them is needed before the first field (docs/decisions/0119). Numbers need none: the
// messages write them (screen-messages.ts, docs/decisions/0134).

import { onFirstUse } from '../../contract/lazy-record.ts';

/** Names and labels in the list's sorts: "key 2" before "key 10", case and accents ignored. */
export const nameCollator = onFirstUse(
  () => new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }),
);

/** Certificate validity dates. */
export const dateTimeFormat = onFirstUse(
  () => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
);
