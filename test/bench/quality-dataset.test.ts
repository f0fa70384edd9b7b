import { describe, expect, it } from 'vitest';
import { dataset } from '../../bench/quality/dataset.ts';

const CHINESE = /\p{Script=Han}/u;

describe('retrieval-quality dataset', () => {
  it('has at least 6 personas with at least 8 sessions each and 60 questions in all', () => {
    expect(dataset.personas.length).toBeGreaterThanOrEqual(6);
    for (const persona of dataset.personas)
      expect(persona.sessions.length, persona.user_id).toBeGreaterThanOrEqual(8);
    const questions = dataset.personas.flatMap((persona) => persona.questions);
    expect(questions.length).toBeGreaterThanOrEqual(60);
    expect(new Set(questions.map((question) => question.kind))).toEqual(
      new Set(['stable', 'updated', 'indirect']),
    );
  });

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

  it('answers every question with existing user messages', () => {
    for (const persona of dataset.personas) {
      const messages = new Map(persona.sessions.flatMap((session) => session.messages).map((m) => [m.id, m]));
      for (const question of persona.questions) {
        expect(question.answer_message_ids.length, question.id).toBeGreaterThan(0);
        for (const id of question.answer_message_ids)
          expect(messages.get(id)?.role, `${question.id} -> ${id}`).toBe('user');
      }
    }
  });

  it('keeps message contents unique within a persona, so engine sources map back to one id', () => {
    for (const persona of dataset.personas) {
      const keys = persona.sessions.flatMap((session) =>
        session.messages.map((m) => `${m.role}:${m.content}`),
      );
      expect(new Set(keys).size, persona.user_id).toBe(keys.length);
    }
  });

  it('spreads sessions over months in chronological order, with filler turns', () => {
    for (const persona of dataset.personas) {
      const times = persona.sessions.flatMap((session) =>
        session.messages.map((message) => message.chat_time),
      );
      for (const time of times) expect(time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect([...times].sort(), persona.user_id).toEqual(times);
      const spanDays =
        (Date.parse(times.at(-1)!.replace(' ', 'T')) - Date.parse(times[0]!.replace(' ', 'T'))) / 86_400_000;
      expect(spanDays, persona.user_id).toBeGreaterThan(150);
      const answering = new Set(persona.questions.flatMap((question) => question.answer_message_ids));
      const userMessages = persona.sessions.flatMap((session) =>
        session.messages.filter((m) => m.role === 'user'),
      );
      // Many user messages answer nothing: small talk and requests are part of the haystack.
      expect(
        userMessages.filter((message) => !answering.has(message.id)).length,
        persona.user_id,
      ).toBeGreaterThan(userMessages.length / 3);
    }
  });

  it('has a persona who chats in Chinese, with Chinese questions', () => {
    const chinese = dataset.personas.filter((persona) => persona.language === 'zh');
    expect(chinese.length).toBeGreaterThanOrEqual(1);
    for (const persona of chinese) {
      expect(persona.questions.every((question) => CHINESE.test(question.question))).toBe(true);
      const userTexts = persona.sessions.flatMap((s) => s.messages.filter((m) => m.role === 'user'));
      expect(userTexts.filter((message) => CHINESE.test(message.content)).length).toBeGreaterThan(
        userTexts.length / 2,
      );
    }
  });
});
