import { describe, expect, it } from 'vitest';
import {
  NetworkError,
  NotFoundError,
  PreconditionFailedError,
  RateLimitedError,
  ServerError,
  UnauthorizedError,
  ValidationError,
} from '../../../api/errors.ts';
import { emptyFormValues } from '../form/form-values.ts';
import { classifySaveError } from './save-errors.ts';

const values = emptyFormValues('bearer_auth');

describe('classifySaveError', () => {
  it('puts 422 items on their fields, and the rest at the top', () => {
    const error = new ValidationError([
      { loc: ['body', 'bearer_auth', 'token'], msg: 'Token is required', type: 'missing' },
      { loc: ['body'], msg: 'Something else', type: 'value_error' },
    ]);
    expect(classifySaveError(error, values)).toEqual({
      kind: 'fields',
      fieldErrors: [['token', 'Token is required']],
      formErrors: ['Something else'],
    });
  });

  it('asks to reconnect on 401', () => {
    expect(classifySaveError(new UnauthorizedError(), values)).toEqual({ kind: 'unauthorized' });
  });

  it('reports a 412 as a conflict only to a caller that sent If-Match', () => {
    const error = new PreconditionFailedError('Changed meanwhile.');
    expect(classifySaveError(error, values, { conflicts: true })).toEqual({ kind: 'conflict' });
    // Create sends no If-Match: there a 412 stays a refusal with Retry, as before.
    expect(classifySaveError(error, values)).toEqual({
      kind: 'retryable',
      message:
        'The server could not save the connection (Changed meanwhile.). Nothing you typed is lost.',
    });
  });

  it('says how long to wait on 429, with or without Retry-After', () => {
    expect(classifySaveError(new RateLimitedError(20), values, { conflicts: true })).toEqual({
      kind: 'retryable',
      message: 'Too many requests — try again in 20 s. Nothing you typed is lost.',
      retryAfterSeconds: 20,
    });
    expect(classifySaveError(new RateLimitedError(undefined), values)).toEqual({
      kind: 'retryable',
      message: 'Too many requests — wait a moment, then try again. Nothing you typed is lost.',
    });
  });

  it('offers Retry for network failures and other statuses', () => {
    expect(classifySaveError(new NetworkError({ timedOut: true }), values)).toEqual({
      kind: 'retryable',
      message: 'The server took too long to answer. Nothing you typed is lost.',
    });
    expect(classifySaveError(new ServerError('HTTP 503', 503), values).kind).toBe('retryable');
    expect(classifySaveError(new NotFoundError(), values, { conflicts: true }).kind).toBe(
      'retryable',
    );
  });
});
