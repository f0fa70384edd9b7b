// The chat model, with long-term memory. Chosen from the environment, at run time:
// - model: an OpenAI-compatible endpoint with OPENAI_API_KEY and/or OPENAI_BASE_URL (OPENAI_MODEL,
//   default gpt-4o-mini), else the offline demo model (no key, no network: it answers from memory);
// - memory: MemOS Cloud with MEMOS_API_KEY (the package's default), else the local server
//   (`npx memos-middleware serve`) at MEMOS_BASE_URL, else the embedded engine in .memos/memory.db
//   (the package's default too).
import { createOpenAI } from '@ai-sdk/openai';
import { MemOSClient } from 'memos-middleware';
import { withMemOS } from 'memos-middleware/ai-sdk';
import { demoModel } from 'memos-middleware/ai-sdk/demo';
import { after } from 'next/server';

const env = process.env;

const baseModel =
  env.OPENAI_API_KEY || env.OPENAI_BASE_URL
    ? // The provider reads OPENAI_API_KEY and OPENAI_BASE_URL itself; a local server may need no key.
      // Chat Completions: the API every OpenAI-compatible server (vLLM, Ollama, LiteLLM) speaks.
      createOpenAI(env.OPENAI_API_KEY ? {} : { apiKey: 'unused' }).chat(env.OPENAI_MODEL || 'gpt-4o-mini')
    : demoModel({ wordDelayMs: 40 });

const localServer =
  !env.MEMOS_API_KEY && env.MEMOS_BASE_URL
    ? new MemOSClient({ baseURL: env.MEMOS_BASE_URL, apiKey: env.MEMOS_SERVER_TOKEN || undefined })
    : undefined;

/**
 * Constructed at module scope, without secrets: nothing here throws or connects until a request
 * needs memory, so `next build` runs with an empty environment. `after` keeps each turn's write
 * alive on serverless hosts: it is registered when the answer starts streaming.
 */
export const model = withMemOS(baseModel, { backend: localServer, waitUntil: after });
