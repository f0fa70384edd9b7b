import { describe, expect, it } from 'vitest';
import { legacySet, loadDevelopmentSet } from '../../bench/quality/sets.ts';
import type { Dataset } from '../../bench/quality/types.ts';

// The shape every question set must have (bench/quality/FORMAT.md). The held-out set is never loaded
// here: nothing of it runs while the engine is being tuned.

const KINDS = new Set(['single-hop', 'multi-hop', 'temporal', 'updated', 'off-topic']);
const TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

const development = await loadDevelopmentSet();
const SETS: { name: string; set: Dataset; kinds: ReadonlySet<string> }[] = [
  { name: 'development', set: development, kinds: KINDS },
  { name: 'first sets (legacy)', set: legacySet(), kinds: new Set([...KINDS, 'stable', 'indirect']) },
];

describe.each(SETS)('question set: $name', ({ set: dataset, kinds }) => {
  it('uses unique ids and unique user ids', () => {
    const ids = dataset.personas.flatMap((persona) => [
      ...persona.sessions.map((session) => session.conversation_id),
      ...persona.sessions.flatMap((session) => session.messages.map((message) => message.id)),
      ...persona.questions.map((question) => question.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    const users = dataset.personas.map((persona) => persona.user_id);
    expect(new Set(users).size).toBe(users.length);
  });

  it('answers every on-topic question with user messages of the persona, and no off-topic one', () => {
    for (const persona of dataset.personas) {
      const messages = new Map(persona.sessions.flatMap((session) => session.messages).map((m) => [m.id, m]));
      for (const question of persona.questions) {
        expect(kinds.has(question.kind), `${question.id}: ${question.kind}`).toBe(true);
        if (question.kind === 'off-topic') {
          expect(question.answer_message_ids, question.id).toEqual([]);
          continue;
        }
        expect(question.answer_message_ids.length, question.id).toBeGreaterThan(0);
        for (const id of [...question.answer_message_ids, ...(question.stale_message_ids ?? [])])
          expect(messages.get(id)?.role, `${question.id} -> ${id}`).toBe('user');
        if (question.asked_at) expect(question.asked_at, question.id).toMatch(TIME);
      }
    }
  });

  it('dates stale statements before the fresh answer of an updated question', () => {
    for (const persona of dataset.personas) {
      const time = new Map(
        persona.sessions
          .flatMap((session) => session.messages)
          .map((message) => [message.id, message.chat_time]),
      );
      for (const question of persona.questions.filter(
        (entry) => (entry.stale_message_ids ?? []).length > 0,
      )) {
        const freshest = question.answer_message_ids
          .map((id) => time.get(id)!)
          .sort()
          .at(-1)!;
        for (const id of question.stale_message_ids ?? [])
          expect(time.get(id)! < freshest, question.id).toBe(true);
      }
    }
  });

  it('keeps messages unique within a persona (role, time, content), so engine sources map back to one id', () => {
    for (const persona of dataset.personas) {
      const keys = persona.sessions.flatMap((session) =>
        session.messages.map((m) => `${m.role}:${m.chat_time}:${m.content}`),
      );
      expect(new Set(keys).size, persona.user_id).toBe(keys.length);
    }
  });

  it('orders messages in time, with well-formed chat times', () => {
    for (const persona of dataset.personas) {
      const times = persona.sessions.flatMap((session) =>
        session.messages.map((message) => message.chat_time),
      );
      for (const time of times) expect(time).toMatch(TIME);
      expect([...times].sort(), persona.user_id).toEqual(times);
    }
  });
});

describe('development and legacy sets together', () => {
  it('share no user id, so they can be loaded side by side', () => {
    const users = [...development.personas, ...legacySet().personas].map((persona) => persona.user_id);
    expect(new Set(users).size).toBe(users.length);
  });
});
