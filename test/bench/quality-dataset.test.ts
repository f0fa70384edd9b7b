import { describe, expect, it } from 'vitest';
import { dataset } from '../../bench/quality/dataset.ts';
import { heldOutDataset } from '../../bench/quality/dataset-heldout.ts';
import type { Dataset } from '../../bench/quality/types.ts';

const CHINESE = /\p{Script=Han}/u;

const SETS: { name: string; set: Dataset; minPersonas: number; minQuestions: number }[] = [
  { name: 'development', set: dataset, minPersonas: 6, minQuestions: 60 },
  { name: 'held-out', set: heldOutDataset, minPersonas: 4, minQuestions: 40 },
];

describe.each(SETS)('retrieval-quality dataset ($name)', ({ set: dataset, minPersonas, minQuestions }) => {
  it(`has at least ${minPersonas} personas with at least 8 sessions each and ${minQuestions} questions in all`, () => {
    expect(dataset.personas.length).toBeGreaterThanOrEqual(minPersonas);
    for (const persona of dataset.personas)
      expect(persona.sessions.length, persona.user_id).toBeGreaterThanOrEqual(8);
    const questions = dataset.personas.flatMap((persona) => persona.questions);
    expect(questions.length).toBeGreaterThanOrEqual(minQuestions);
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

describe('development and held-out sets together', () => {
  const both = [...dataset.personas, ...heldOutDataset.personas];

  it('share no user id, conversation id, message id or question id', () => {
    const users = both.map((persona) => persona.user_id);
    expect(new Set(users).size).toBe(users.length);
    const ids = both.flatMap((persona) => [
      ...persona.sessions.map((session) => session.conversation_id),
      ...persona.sessions.flatMap((session) => session.messages.map((message) => message.id)),
      ...persona.questions.map((question) => question.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('share no question text and no user message text', () => {
    const questions = both.flatMap((persona) => persona.questions.map((question) => question.question));
    expect(new Set(questions).size).toBe(questions.length);
    const userTexts = both.flatMap((persona) =>
      persona.sessions.flatMap((session) =>
        session.messages.filter((message) => message.role === 'user').map((message) => message.content),
      ),
    );
    expect(new Set(userTexts).size).toBe(userTexts.length);
  });

  it('answer each held-out question with at most two messages, so a hit means the fact was found', () => {
    for (const question of heldOutDataset.personas.flatMap((persona) => persona.questions))
      expect(question.answer_message_ids.length, question.id).toBeLessThanOrEqual(2);
  });
});
