import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { WrongPasswordError } from '../session/session';
import { fieldErrors } from './fieldErrors';

describe('fieldErrors', () => {
  it('puts the server validation details on the form fields, in plain words', () => {
    const error = new ApiError(
      400,
      {
        type: 'VALIDATION',
        code: 'EXPIRY_IN_PAST',
        message: 'metadata.expires_at must be in the future',
        request_id: 'r1',
        details: {
          fields: [
            { field: 'expires_at', message: 'must be in the future' },
            { field: 'name', message: 'size must be between 1 and 255' },
          ],
        },
      },
      null,
    );
    expect(fieldErrors(error)).toEqual({
      expiresAt: 'Expiry date must be in the future.',
      name: 'Size must be between 1 and 255.',
    });
  });

  it('names the field of a wrong current password, and nothing for other failures', () => {
    expect(fieldErrors(new WrongPasswordError())).toEqual({
      current: 'The current master password is incorrect.',
    });
    expect(fieldErrors(new Error('boom'))).toEqual({});
    expect(fieldErrors(null)).toEqual({});
  });
});
