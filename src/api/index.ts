export * from './api-client.ts';
export * from './api-client-context.tsx';
export * from './endpoints.ts';
export * from './errors.ts';
