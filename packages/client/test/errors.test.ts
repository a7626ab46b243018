import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  OrgdirError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../src/errors.js';

describe('APIError.from', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [409, APIError],
    [418, APIError],
  ])('%i → %o', (status, Ctor) => {
    const error = APIError.from({ status, vendor: 'telnyx', message: 'm', code: 'c', requestId: 'r', body: { x: 1 } });
    expect(error.constructor).toBe(Ctor);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(OrgdirError);
    expect(error.name).toBe(Ctor.name);
    expect(error).toMatchObject({ status, vendor: 'telnyx', code: 'c', requestId: 'r', body: { x: 1 } });
  });

  it('serialises to a summary without the body', () => {
    const error = APIError.from({ status: 403, vendor: 'openai', message: 'no', body: { secret: 'body' } });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'PermissionDeniedError',
      message: 'no',
      status: 403,
      vendor: 'openai',
    });
  });
});

it('APITimeoutError is an APIConnectionError and an OrgdirError', () => {
  const error = new APITimeoutError();
  expect(error).toBeInstanceOf(APIConnectionError);
  expect(error).toBeInstanceOf(OrgdirError);
  expect(error.name).toBe('APITimeoutError');
});
