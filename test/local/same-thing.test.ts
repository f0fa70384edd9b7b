import type { LocalMemOS } from 'memos-middleware/local';
import { afterEach, describe, expect, it } from 'vitest';
import { heldOut12Dataset } from '../../bench/quality/heldout-12/index.ts';
import type { Persona } from '../../bench/quality/types.ts';
import { replayPersona, textsByRelativity } from './helpers.ts';

// Statements about the same thing that share no word of the question with each other (issue 13, read
// from the misses of spent held-out set 12, development data since): "I work nights in the ICU, 7p to
// 7a" and, months later, "I'm moving to days in August. 7a-7p" and "being on days is so much better"
// all answer "What hours am I working at the hospital these days?", and the newer must rank first. A
// word of their own that few of the user's memories hold ("nights", "days", "7a") links the returned
// statements; linked ones are ordered newest first by lifting the newer ones, so none loses the
// relativity it earned. The case replays one persona's whole year (the spent set's own messages, so the
// statements compete with everything else that user said); it failed before the link.

let memos: LocalMemOS | undefined;
afterEach(async () => memos?.close());

async function replay(userId: string): Promise<Persona> {
  const persona = heldOut12Dataset.personas.find((candidate) => candidate.user_id === userId)!;
  memos = await replayPersona(persona);
  return persona;
}

/** The ranks (from 0) of the results holding each message, -1 when not returned. */
async function ranks(persona: Persona, query: string, contents: readonly string[]): Promise<number[]> {
  const found = textsByRelativity(await memos!.searchMemory({ user_id: persona.user_id, query }));
  return contents.map((content) => found.findIndex((text) => text.includes(content)));
}

describe('statements about the same thing, newest first', () => {
  it('the day shifts rank above the night shifts they replaced', async () => {
    const persona = await replay('h12-aurora');
    const [fresh, stale, older] = await ranks(
      persona,
      'What hours am I working at the hospital these days?',
      ['being on days is so much better', '12 years of nights', 'I work nights in the ICU'],
    );
    expect(fresh).toBeGreaterThanOrEqual(0);
    for (const old of [stale!, older!]) expect(old === -1 || old > fresh!).toBe(true);
  });
});
