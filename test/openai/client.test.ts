// withMemOS derives a client (same class, same options) and patches only its own create methods: the
// caller's client is untouched, AzureOpenAI stays Azure, everything else passes through.

import { type MemOSParams, withMemOS } from 'memos-middleware/openai';
import OpenAI, { AzureOpenAI } from 'openai';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { describe, expect, it } from 'vitest';
import { QUESTION, stored, USER, useTestbed } from './helpers.ts';

const bed = useTestbed();
const messages = [{ role: 'user' as const, content: QUESTION }];

describe('the caller’s client', () => {
  it('is not modified: it sends what it is given, without memory', async () => {
    const original = bed.client();
    const createBefore = original.chat.completions.create;
    const wrapped = withMemOS(original, { memory: bed.memory() });

    expect(wrapped).not.toBe(original);
    expect(wrapped).toBeInstanceOf(OpenAI);
    expect(original.chat.completions.create).toBe(createBefore);
    expect(Object.hasOwn(original.chat.completions, 'create')).toBe(false);
    expect(Object.hasOwn(original.responses, 'create')).toBe(false);
    expect(wrapped.baseURL).toBe(original.baseURL);
    expect(wrapped.apiKey).toBe(original.apiKey);

    await original.chat.completions.create({ model: 'gpt-fake', messages });
    expect(bed.upstream()[0]?.body).toEqual({ model: 'gpt-fake', messages });
    expect(bed.memosCalls()).toEqual({ search: 0, add: 0 });
  });

  it('everything else passes through: other resources, request options such as headers', async () => {
    const wrapped = withMemOS(bed.client(), { memory: bed.memory() });
    await wrapped.chat.completions.create(
      { model: 'gpt-fake', messages, memos: { userId: USER } },
      { headers: { 'x-app': 'travel' } },
    );
    expect(bed.upstream()[0]?.headers['x-app']).toBe('travel');
    expect(bed.upstream()[0]?.headers.authorization).toBe('Bearer sk-test-secret');
    // A resource we do not touch still reaches the server unchanged.
    await expect(wrapped.embeddings.create({ model: 'e', input: 'hi' })).rejects.toMatchObject({
      status: 404,
    });
    expect(bed.upstream().at(-1)?.path).toBe('/v1/embeddings');
  });

  it('a copy made with withOptions() keeps memory, shared with the wrapped client', async () => {
    const memory = bed.memory();
    const wrapped = withMemOS(bed.client(), { memory });
    const patient = wrapped.withOptions({ timeout: 30_000, maxRetries: 1 });
    expect(patient).toBeInstanceOf(OpenAI);
    expect(patient.timeout).toBe(30_000);
    await patient.chat.completions.create({
      model: 'gpt-fake',
      messages,
      memos: { userId: USER, conversationId: 'copy' },
    });
    await memory.flush();
    expect(bed.upstream()[0]?.body).not.toHaveProperty('memos');
    expect(bed.lastSystem()).toContain('7 Days Inn');
    expect(stored(bed, 'copy')).toHaveLength(2);
    // The caller's own copies stay plain.
    const plain = bed.client().withOptions({ timeout: 30_000 });
    expect(Object.hasOwn(plain.chat.completions, 'create')).toBe(false);
  });

  it('an AzureOpenAI client stays an AzureOpenAI client, with its deployment path and api-version', async () => {
    const azure = new AzureOpenAI({
      apiKey: 'azure-key',
      apiVersion: '2024-10-21',
      baseURL: bed.openai.baseURL.replace(/\/v1$/, '/openai'),
      maxRetries: 0,
    });
    const memory = bed.memory();
    const wrapped = withMemOS(azure, { memory });
    expect(wrapped).toBeInstanceOf(AzureOpenAI);
    expect(wrapped.apiVersion).toBe('2024-10-21');
    const completion = await wrapped.chat.completions.create({
      model: 'gpt-deployment',
      messages,
      memos: { userId: USER, conversationId: 'azure' },
    });
    await memory.flush();
    expect(completion.choices[0]?.message.content).toContain('7 Days Inn');
    expect(bed.upstream()[0]?.path).toBe(
      '/openai/deployments/gpt-deployment/chat/completions?api-version=2024-10-21',
    );
    expect(bed.upstream()[0]?.headers['api-key']).toBe('azure-key');
    expect(stored(bed, 'azure')).toHaveLength(2);
  });

  it('types: create takes a typed memos field; the SDK types stay as they were', () => {
    const wrapped = withMemOS(bed.client(), { memory: bed.memory() });
    const params: ChatCompletionCreateParamsNonStreaming & MemOSParams = {
      model: 'gpt-fake',
      messages,
      memos: { userId: USER, conversationId: 'typed' },
    };
    // Type-level checks only (npm run typecheck): nothing is sent.
    const typed = () => {
      void wrapped.chat.completions.create(params);
      // @ts-expect-error a snake_case key is not an identity field
      void wrapped.chat.completions.create({ model: 'm', messages, memos: { user_id: USER } });
      // @ts-expect-error the plain client does not take memos
      void bed.client().chat.completions.create({ model: 'm', messages, memos: { userId: USER } });
      void wrapped.responses.create({ model: 'm', input: 'hi', stream: true, memos: { userId: USER } });
    };
    expect(typeof typed).toBe('function');
  });
});
