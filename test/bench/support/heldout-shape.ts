import { describe, expect, it } from 'vitest';
import type { Dataset, QuestionKind } from '../../../bench/quality/types.ts';

// Shape checks of a held-out set (data only: nothing here runs a retriever or the engine).

const kinds: QuestionKind[] = ['single-hop', 'multi-hop', 'temporal', 'updated', 'off-topic'];
const monthsBetween = (from: string, to: string) =>
  (Date.parse(`${to.replace(' ', 'T')}Z`) - Date.parse(`${from.replace(' ', 'T')}Z`)) / (30.44 * 86_400_000);

/**
 * Describes the shape checks of a held-out set: size, languages, unique ids, each persona's sessions,
 * questions and answer ids.
 *
 * @example
 * describeHeldOutShape('held-out set 3', heldOut3Dataset, { minUserMessages: 2_000 });
 */
export function describeHeldOutShape(
  name: string,
  { personas }: Dataset,
  { minUserMessages }: { readonly minUserMessages: number },
): void {
  const allMessages = personas.flatMap((persona) => persona.sessions.flatMap((session) => session.messages));
  const userMessages = allMessages.filter((message) => message.role === 'user');
  const allQuestions = personas.flatMap((persona) => persona.questions);

  describe(name, () => {
    it(`is large enough: ≥ 20 personas, ≥ ${minUserMessages.toLocaleString('en')} user messages, ≥ 300 questions`, () => {
      expect(personas.length).toBeGreaterThanOrEqual(20);
      expect(userMessages.length).toBeGreaterThanOrEqual(minUserMessages);
      expect(allQuestions.length).toBeGreaterThanOrEqual(300);
    });

    it('has 16 English and 4 Chinese personas, the Chinese ones written in Chinese', () => {
      expect(personas.filter((persona) => persona.language === 'en')).toHaveLength(16);
      const zh = personas.filter((persona) => persona.language === 'zh');
      expect(zh).toHaveLength(4);
      for (const persona of zh) {
        for (const message of persona.sessions.flatMap((session) => session.messages))
          expect(message.content, message.id).toMatch(/\p{Script=Han}/u);
        for (const question of persona.questions)
          expect(question.question, question.id).toMatch(/\p{Script=Han}/u);
      }
    });

    it('has no duplicate user, conversation, message or question ids', () => {
      const unique = (ids: string[]) => expect(new Set(ids).size).toBe(ids.length);
      unique(personas.map((persona) => persona.user_id));
      unique(personas.flatMap((persona) => persona.sessions.map((session) => session.conversation_id)));
      unique(allMessages.map((message) => message.id));
      unique(allQuestions.map((question) => question.id));
    });

    for (const persona of personas) {
      describe(persona.user_id, () => {
        const messages = persona.sessions.flatMap((session) => session.messages);
        const byId = new Map(messages.map((message) => [message.id, message]));
        const times = messages.map((message) => message.chat_time);
        const last = times.at(-1)!;

        it('has 6–12 sessions over 3–14 months, about 100 user messages, in time order', () => {
          expect(persona.sessions.length).toBeGreaterThanOrEqual(6);
          expect(persona.sessions.length).toBeLessThanOrEqual(12);
          const months = monthsBetween(times[0]!, last);
          expect(months).toBeGreaterThanOrEqual(3);
          expect(months).toBeLessThanOrEqual(14);
          expect(messages.filter((message) => message.role === 'user').length).toBeGreaterThanOrEqual(95);
          for (const time of times) expect(time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
          expect([...times].sort()).toEqual(times);
        });

        it('asks ≥ 15 questions covering every kind (and no legacy kinds)', () => {
          expect(persona.questions.length).toBeGreaterThanOrEqual(15);
          for (const kind of kinds)
            expect(
              persona.questions.filter((question) => question.kind === kind).length,
              kind,
            ).toBeGreaterThan(0);
          for (const question of persona.questions) expect(kinds).toContain(question.kind);
        });

        it('points every question at existing user messages, with answers only where they belong', () => {
          for (const question of persona.questions) {
            if (question.kind === 'off-topic') expect(question.answer_message_ids, question.id).toEqual([]);
            else expect(question.answer_message_ids.length, question.id).toBeGreaterThan(0);
            if (question.kind === 'updated')
              expect(question.stale_message_ids?.length, question.id).toBeGreaterThan(0);
            else expect(question.stale_message_ids, question.id).toBeUndefined();
            for (const id of [...question.answer_message_ids, ...(question.stale_message_ids ?? [])]) {
              expect(byId.get(id)?.role, `${question.id} → ${id}`).toBe('user');
            }
            for (const staleId of question.stale_message_ids ?? []) {
              expect(question.answer_message_ids).not.toContain(staleId);
              // The fresh answer is newer than what it supersedes.
              const freshest = question.answer_message_ids
                .map((id) => byId.get(id)!.chat_time)
                .sort()
                .at(-1)!;
              expect(freshest > byId.get(staleId)!.chat_time, `${question.id}: ${staleId}`).toBe(true);
            }
          }
        });

        it('asks temporal questions after the last session', () => {
          for (const question of persona.questions.filter((q) => q.kind === 'temporal')) {
            expect(question.asked_at, question.id).toBeDefined();
            expect(question.asked_at! > last, question.id).toBe(true);
          }
        });
      });
    }
  });
}
