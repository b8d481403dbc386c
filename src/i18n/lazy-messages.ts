// The hook for components of lazily loaded screens and widgets: importing it registers the words
// of those screens, so they load with the screens' chunks and not at first paint.
import { registerMessages } from './messages-context.tsx';
import { screenMessages } from './screen-messages.ts';

registerMessages(screenMessages);

export { useMessages } from './messages-context.tsx';
