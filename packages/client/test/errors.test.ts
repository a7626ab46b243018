import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  IncompleteListingError,
  InternalServerError,
  NotFoundError,
  OrgdirError,
  PaginationError,
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

describe('IncompleteListingError', () => {
  const init = {
    expected: 25,
    received: 24,
    duplicates: 1,
    pages: [2, 3],
    passes: 1,
    reasons: ['page 2 repeats 1 id'],
  };

  it('is a PaginationError stating expected and received counts, duplicates and pages', () => {
    const error = new IncompleteListingError(init);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error.name).toBe('IncompleteListingError');
    expect(error.message).toBe(
      'The listing changed while it was paged: expected 25 users, received 24 distinct (1 duplicate skipped): page 2 repeats 1 id; pages involved: 2, 3.',
    );
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'IncompleteListingError',
      message: error.message,
      expected: 25,
      received: 24,
      duplicates: 1,
      pages: [2, 3],
      passes: 1,
    });
  });

  it('names the passes made when a listing was walked again', () => {
    const error = new IncompleteListingError({ ...init, expected: undefined }).withPasses(3);
    expect(error.message).toMatch(
      /^The listing changed while it was paged \(last of 3 passes\): expected an unstated number of users/,
    );
    expect(error).toMatchObject({ passes: 3, received: 24, pages: [2, 3] });
  });
});
