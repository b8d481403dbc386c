// Zod-free, so the first screen can tell generic items apart without loading the schemas.
import type { AuthConnection, GenericAuthConnection } from './responses.ts';

export function isGeneric(connection: AuthConnection): connection is GenericAuthConnection {
  return 'generic' in connection && connection.generic === true;
}
