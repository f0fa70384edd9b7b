import type { DatasetMessage, DatasetQuestion, Persona, QuestionKind } from './types.ts';

// Personas are written as compact scripts: lines carry an optional label, questions name the labels
// of the messages that answer them, and this module turns labels into stable message ids. Times are
// derived from the session start (one minute per message) so the scripts stay readable.

/** A scripted line: `u` user, `a` assistant, and an optional label questions can point at. */
export type ScriptLine = readonly ['u' | 'a', string] | readonly ['u' | 'a', string, string];

/** A scripted session: its start time (`YYYY-MM-DD HH:mm`) and its lines. */
export interface ScriptSession {
  start: string;
  lines: readonly ScriptLine[];
}

/** Extra fields of a scripted question: `stale` labels (updated questions), when it is asked. */
export interface ScriptQuestionOptions {
  readonly stale?: readonly string[];
  /** `YYYY-MM-DD HH:mm`. */
  readonly askedAt?: string;
}

/** A scripted question: kind, text, labels of the answering messages, and options. */
export type ScriptQuestion =
  | readonly [QuestionKind, string, readonly string[]]
  | readonly [QuestionKind, string, readonly string[], ScriptQuestionOptions];

/** A persona script. */
export interface PersonaScript {
  user_id: string;
  name: string;
  summary: string;
  language: 'en' | 'zh';
  sessions: readonly ScriptSession[];
  questions: readonly ScriptQuestion[];
}

const pad = (value: number) => String(value).padStart(2, '0');

function timeAt(start: string, minutes: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(start);
  if (!match) throw new Error(`bad session start "${start}" (want YYYY-MM-DD HH:mm)`);
  const [, year, month, day, hour, minute] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute + minutes));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:00`;
}

/**
 * Turns a persona script into a `Persona` with ids `<user>-s<NN>-m<NN>` and `<user>-q<NN>`.
 *
 * @example
 * const persona = definePersona({ user_id: 'ana', name: 'Ana', summary: '', language: 'en', sessions, questions });
 */
export function definePersona(script: PersonaScript): Persona {
  const labels = new Map<string, string>();
  const sessions = script.sessions.map((session, sessionIndex) => {
    const conversationId = `${script.user_id}-s${pad(sessionIndex + 1)}`;
    const messages: DatasetMessage[] = session.lines.map(([role, content, label], lineIndex) => {
      const id = `${conversationId}-m${pad(lineIndex + 1)}`;
      if (label !== undefined) {
        if (labels.has(label)) throw new Error(`${script.user_id}: duplicate label "${label}"`);
        if (role !== 'u') throw new Error(`${script.user_id}: label "${label}" is on an assistant line`);
        labels.set(label, id);
      }
      return {
        id,
        role: role === 'u' ? 'user' : 'assistant',
        content,
        chat_time: timeAt(session.start, lineIndex),
      };
    });
    return { conversation_id: conversationId, messages };
  });
  const idOf = (question: string) => (label: string) => {
    const id = labels.get(label);
    if (id === undefined)
      throw new Error(`${script.user_id}: question "${question}" names unknown label "${label}"`);
    return id;
  };
  const questions: DatasetQuestion[] = script.questions.map(
    ([kind, question, answerLabels, options = {}], index) => ({
      id: `${script.user_id}-q${pad(index + 1)}`,
      question,
      kind,
      answer_message_ids: answerLabels.map(idOf(question)),
      ...(options.stale ? { stale_message_ids: options.stale.map(idOf(question)) } : {}),
      ...(options.askedAt ? { asked_at: timeAt(options.askedAt, 0) } : {}),
    }),
  );
  return {
    user_id: script.user_id,
    name: script.name,
    summary: script.summary,
    language: script.language,
    sessions,
    questions,
  };
}
