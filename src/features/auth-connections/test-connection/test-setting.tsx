// The host's say on connection tests (the `connectionTest` prop), by context. Its own small module
// so the first screen carries only this, not the detection (test-availability.tsx).
import { createContext, type ReactNode } from 'react';

export type ConnectionTestSetting = boolean | 'detect';

export const ConnectionTestSettingContext = createContext<ConnectionTestSetting>('detect');

export function ConnectionTestSettingProvider(props: { value?: boolean; children: ReactNode }) {
  return (
    <ConnectionTestSettingContext.Provider value={props.value ?? 'detect'}>
      {props.children}
    </ConnectionTestSettingContext.Provider>
  );
}
