// Four processes open one new database file at the same instant (serve and an app starting on a fresh
// .memos/memory.db), ten rounds: every open succeeds and every process's write is there.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { LocalMemOS } from '../../src/local/index.ts';
import { openConcurrently } from '../support/open-concurrently.ts';
import { report } from './support.ts';

const directory = mkdtempSync(join(tmpdir(), 'memos-open-suite-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const PROCESSES = 4;
const ROUNDS = 10;

it(`${PROCESSES} processes opening a new database file at once, ${ROUNDS} rounds: 0 failures`, async () => {
  const failures: string[] = [];
  let writesFound = 0;
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round += 1) {
    const path = join(directory, `round-${round}`, 'memory.db');
    const outcomes = await openConcurrently(path, PROCESSES, 2_000);
    failures.push(
      ...outcomes.filter((outcome) => outcome !== 'ok').map((outcome) => `round ${round}: ${outcome}`),
    );
    const memos = new LocalMemOS({ path });
    for (let index = 0; index < PROCESSES; index += 1) {
      const { message_detail_list } = await memos.getMessage({
        user_id: 'u-open',
        conversation_id: `p${index}`,
      });
      writesFound += message_detail_list.length;
    }
    await memos.close();
  }
  report('concurrent-open', {
    processes: PROCESSES,
    rounds: ROUNDS,
    opens: PROCESSES * ROUNDS,
    failures: failures.length,
    writesFound,
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
  });
  expect(failures).toEqual([]);
  expect(writesFound).toBe(PROCESSES * ROUNDS);
});
