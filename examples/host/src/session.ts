// Acme's session, a stand-in for a real sign-in: it holds the API key the settings area sends.
// In memory only: a reload signs out.
export interface Session {
  apiKey: string;
  user: string;
}

/** The headers every Acme request carries; the embedded component gets them from here too. */
export function sessionHeaders(session: Session): Record<string, string> {
  return { 'xi-api-key': session.apiKey, 'X-Acme-Client': 'settings-example/1.0' };
}
