import { describe, expect, it } from 'vitest';
import { devDataset } from '../../bench/quality/dev/index.ts';
import type { DatasetMessage, QuestionKind } from '../../bench/quality/types.ts';

const KINDS: QuestionKind[] = ['single-hop', 'multi-hop', 'temporal', 'updated', 'off-topic'];
const CHINESE = /\p{Script=Han}/u;
const DAY_MS = 86_400_000;

const personas = devDataset.personas;
const messagesOf = (persona: (typeof personas)[number]) =>
  persona.sessions.flatMap((session) => session.messages);
const usersOf = (persona: (typeof personas)[number]) =>
  messagesOf(persona).filter((message) => message.role === 'user');
const timeOf = (chatTime: string) => Date.parse(`${chatTime.replace(' ', 'T')}Z`);

describe('retrieval-quality development set (bench/quality/dev)', () => {
  it('has at least 20 personas, 1,900 user messages and 300 questions', () => {
    expect(personas.length).toBeGreaterThanOrEqual(20);
    expect(personas.flatMap(usersOf).length).toBeGreaterThanOrEqual(1_900);
    expect(personas.flatMap((persona) => persona.questions).length).toBeGreaterThanOrEqual(300);
  });

  it('gives every persona about 100 user messages, 6–12 sessions over 3–14 months, and 15 questions', () => {
    for (const persona of personas) {
      expect(usersOf(persona).length, persona.user_id).toBeGreaterThanOrEqual(95);
      expect(persona.sessions.length, persona.user_id).toBeGreaterThanOrEqual(6);
      expect(persona.sessions.length, persona.user_id).toBeLessThanOrEqual(12);
      const times = messagesOf(persona).map((message) => message.chat_time);
      for (const time of times) expect(time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect([...times].sort(), persona.user_id).toEqual(times);
      const spanDays = (timeOf(times.at(-1)!) - timeOf(times[0]!)) / DAY_MS;
      expect(spanDays, persona.user_id).toBeGreaterThanOrEqual(90);
      expect(spanDays, persona.user_id).toBeLessThanOrEqual(14 * 31);
      expect(persona.questions.length, persona.user_id).toBeGreaterThanOrEqual(15);
    }
  });

  it('asks every kind of question of every persona, and no other kind', () => {
    for (const persona of personas) {
      const kinds = new Set(persona.questions.map((question) => question.kind));
      expect(kinds, persona.user_id).toEqual(new Set(KINDS));
    }
  });

  it('answers every question but the off-topic ones, and off-topic ones with nothing', () => {
    for (const question of personas.flatMap((persona) => persona.questions)) {
      if (question.kind === 'off-topic') expect(question.answer_message_ids, question.id).toEqual([]);
      else expect(question.answer_message_ids.length, question.id).toBeGreaterThan(0);
    }
  });

  it('puts stale statements on updated questions only, each older than the fresh answer', () => {
    for (const persona of personas) {
      const byId = new Map(messagesOf(persona).map((message) => [message.id, message]));
      for (const question of persona.questions) {
        if (question.kind !== 'updated') {
          expect(question.stale_message_ids, question.id).toBeUndefined();
          continue;
        }
        expect(question.stale_message_ids?.length ?? 0, question.id).toBeGreaterThan(0);
        const freshest = Math.max(
          ...question.answer_message_ids.map((id) => timeOf((byId.get(id) as DatasetMessage).chat_time)),
        );
        for (const id of question.stale_message_ids ?? []) {
          expect(question.answer_message_ids, `${question.id}: ${id} is both fresh and stale`).not.toContain(
            id,
          );
          expect(timeOf((byId.get(id) as DatasetMessage).chat_time), `${question.id} -> ${id}`).toBeLessThan(
            freshest,
          );
        }
      }
    }
  });

  it("points every answer and stale id at one of the persona's own user messages", () => {
    for (const persona of personas) {
      const byId = new Map(messagesOf(persona).map((message) => [message.id, message]));
      for (const question of persona.questions)
        for (const id of [...question.answer_message_ids, ...(question.stale_message_ids ?? [])])
          expect(byId.get(id)?.role, `${question.id} -> ${id}`).toBe('user');
    }
  });

  it('asks temporal questions after the last session, with the time they are asked', () => {
    for (const persona of personas) {
      const last = messagesOf(persona).at(-1)!.chat_time;
      for (const question of persona.questions) {
        if (question.kind === 'temporal') expect(question.asked_at, question.id).toBeDefined();
        if (question.asked_at !== undefined) expect(question.asked_at > last, question.id).toBe(true);
      }
    }
  });

  it('uses unique user, conversation, message and question ids, and unique user texts per persona', () => {
    const users = personas.map((persona) => persona.user_id);
    expect(new Set(users).size).toBe(users.length);
    const ids = personas.flatMap((persona) => [
      ...persona.sessions.map((session) => session.conversation_id),
      ...messagesOf(persona).map((message) => message.id),
      ...persona.questions.map((question) => question.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const persona of personas) {
      const texts = usersOf(persona).map((message) => message.content);
      expect(new Set(texts).size, persona.user_id).toBe(texts.length);
    }
  });

  it('keeps most user messages as distractors that answer nothing', () => {
    for (const persona of personas) {
      const referenced = new Set(
        persona.questions.flatMap((question) => [
          ...question.answer_message_ids,
          ...(question.stale_message_ids ?? []),
        ]),
      );
      const users = usersOf(persona);
      expect(users.filter((message) => !referenced.has(message.id)).length, persona.user_id).toBeGreaterThan(
        users.length / 2,
      );
    }
  });

  it('has four personas who chat in Chinese, every line and question in Chinese, and the rest in English', () => {
    const chinese = personas.filter((persona) => persona.language === 'zh');
    expect(chinese.length).toBeGreaterThanOrEqual(4);
    expect(personas.filter((persona) => persona.language === 'en').length).toBeGreaterThanOrEqual(16);
    for (const persona of chinese) {
      for (const message of messagesOf(persona)) expect(CHINESE.test(message.content), message.id).toBe(true);
      for (const question of persona.questions)
        expect(CHINESE.test(question.question), question.id).toBe(true);
    }
  });
});
