// `langchain` is an optional peer: the entry must load without it (the agent middleware needs it only
// for its types), so apps using withMemOS or the retriever need only @langchain/core.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('memos-middleware/langchain without langchain installed', () => {
  it('imports, with every export, while resolving `langchain` throws', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--conditions=memos-source', 'test/langchain/fixtures/import-without-langchain.ts'],
      { cwd: process.cwd() },
    );
    expect(JSON.parse(stdout)).toEqual({
      blocked: true,
      exports: [
        'MemOSChatMessageHistory',
        'MemOSRetriever',
        'memosAgentMiddleware',
        'memosTools',
        'withMemOS',
      ],
    });
  });
});
