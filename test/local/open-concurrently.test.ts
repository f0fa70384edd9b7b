import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { LocalMemOS } from '../../src/local/index.ts';
import { openConcurrently } from '../support/open-concurrently.ts';

const directory = mkdtempSync(join(tmpdir(), 'memos-open-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

it('four processes opening one new database file at the same instant all succeed, two rounds', async () => {
  const failures: string[] = [];
  for (let round = 0; round < 2; round += 1) {
    const path = join(directory, `round-${round}`, 'memory.db');
    const outcomes = await openConcurrently(path, 4);
    failures.push(...outcomes.filter((outcome) => outcome !== 'ok'));
    const memos = new LocalMemOS({ path });
    const stored = await Promise.all(
      ['p0', 'p1', 'p2', 'p3'].map((conversation) =>
        memos.getMessage({ user_id: 'u-open', conversation_id: conversation }),
      ),
    );
    await memos.close();
    if (outcomes.every((outcome) => outcome === 'ok')) {
      expect(stored.map((answer) => answer.message_detail_list.length)).toEqual([1, 1, 1, 1]);
    }
  }
  expect(failures).toEqual([]);
}, 60_000);
