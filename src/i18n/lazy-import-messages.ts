// The hook for the importer's components: importing it registers the importer's words, so they
// load with its chunk when Import is first opened (like lazy-messages.ts does for the screens).
import { importMessages } from './import-messages.ts';
import { registerMessages } from './messages-context.tsx';

registerMessages(importMessages);

export { useMessages } from './messages-context.tsx';
