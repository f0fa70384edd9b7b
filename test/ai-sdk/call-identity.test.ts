import { MemOSConfigError } from 'memos-middleware';
import { describe, expect, it } from 'vitest';
import { readCallIdentity, withoutMemosOptions } from '../../adapters/ai-sdk/call-identity.ts';

const params = (memos: unknown) => ({ prompt: [], providerOptions: { memos } });

describe('readCallIdentity', () => {
  it('returns only the fields that are set, so static and resolved ids still apply underneath', () => {
    expect(
      readCallIdentity(params({ userId: 'u-1', conversationId: null, readOnly: true, appId: undefined })),
    ).toEqual({ userId: 'u-1', readOnly: true });
    expect(readCallIdentity({ prompt: [] })).toEqual({});
    expect(readCallIdentity({ prompt: [], providerOptions: { openai: { user: 'x' } } })).toEqual({});
  });

  it('rejects wrong types and unknown keys with a MemOSConfigError naming the field', () => {
    const wrongType = () => readCallIdentity(params({ userId: 42 }));
    expect(wrongType).toThrow(MemOSConfigError);
    expect(wrongType).toThrow(/memos\.userId/);
    // A snake_case id would otherwise make an anonymous turn.
    expect(() => readCallIdentity(params({ user_id: 'u-1' }))).toThrow(/user_id/);
    expect(() => readCallIdentity(params({ userId: '' }))).toThrow(/memos\.userId: must not be empty/);
    expect(() => readCallIdentity(params('u-1'))).toThrow(MemOSConfigError);
    expect(() => readCallIdentity(params({ skip: 'yes' }))).toThrow(/memos\.skip/);
  });
});

describe('withoutMemosOptions', () => {
  it('drops only the memos namespace', () => {
    const options = { openai: { user: 'x' }, memos: { userId: 'u-1' } };
    expect(withoutMemosOptions(options)).toEqual({ openai: { user: 'x' } });
    expect(options.memos).toEqual({ userId: 'u-1' });
  });

  it('returns the same object when there is nothing to drop', () => {
    const options = { openai: { user: 'x' } };
    expect(withoutMemosOptions(options)).toBe(options);
    expect(withoutMemosOptions(undefined)).toBeUndefined();
  });
});
