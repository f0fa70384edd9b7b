import { hasCjk } from '../search/text-terms.ts';
import { parseChatTime } from './chat-time.ts';
import { endedObjects } from './endings.ts';
import {
  listedOptions,
  offeredOptions,
  offeredOptionsZh,
  resolveChoice,
  resolveChoiceZh,
} from './offered-options.ts';
import { slotTag, slotTags, statementSlots } from './slots.ts';
import { tagsFor } from './topics.ts';
import type { ExtractedMemory, StoredMessage } from './types.ts';

// Every user turn is kept whole, as MemOS's fast mode stores it: "user: [09:44 AM on 10 December, 2025
// UTC]: …", with its speaker and date, so nothing the user said is lost to a rule that read part of it.
// A reply that only means something with the assistant message it answers ("I'll take the second
// one", "the middle one", "yes please") carries that message too.

const MAX_TURN_CHARS = 1500;
const MAX_CONTEXT_CHARS = 500;
const MAX_REQUEST_CHARS = 240;
// A message that opens on a pronoun ("She is a nurse", "He works nights") continues the last one.
const PRONOUN_START = /^(?:she|he|they|his|her|their)\b(?!\s+(?:said|says))/i;
/** An assistant message that only asks the user to go on. */
const PROMPT =
  /^(?:(?:oh+|ooh+|wow|nice|oh nice|great|really|congrats|congratulations|aw+)[!.,]*\s*)*(?:tell me(?: more| everything| all about it)?|do tell|go on|spill|what happened|who is (?:it|he|she|they)|who'?s the lucky (?:one|person|guy|girl))[!.?]*$|^快说说[！!]*$|^说说看[！!]*$/iu;
const CONTENT_WORD = /[\p{L}\p{N}]{3,}/gu;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// Pure politeness carries nothing to remember, even with context.
const SMALL_TALK =
  /^(?:(?:ok(?:ay)?|thanks?|thank you|thx|great|perfect|cool|nice|lovely|awesome|brilliant|grand|cheers|got it|sounds good|will do|noted|bye|good ?night|haha|lol|sure|yes|yeah|yep|no|nope|done|fine|hi|hello|hey)\b[\s,.!:)]*)+(?:so much|a lot|again|very much|you|o)?[\s,.!:)]*$/i;
// Words that point back at something the assistant said.
const POINTER =
  /\b(?:first|second|third|last|middle|former|latter|option\s+[a-d1-4]|number\s+\d|that one|this one|the one|those|these|them|it|that|sounds good|let's do|go with|go for|i'll take|i will take|book it|do it)\b|第[一二三]|最后|那个|这个|那家|这家/iu;

/**
 * A chat time as MemOS writes it in fast-mode memories ("09:44 AM on 10 December, 2025 UTC"); text it
 * cannot parse is kept as it is.
 *
 * @example
 * spokenTime('2025-12-10 09:44:00', 0); // '09:44 AM on 10 December, 2025 UTC'
 */
export function spokenTime(chatTime: string | undefined, fallback: number): string {
  const time = parseChatTime(chatTime) ?? (chatTime ? undefined : fallback);
  if (time === undefined) return chatTime ?? '';
  const date = new Date(time);
  const hours = date.getUTCHours();
  const clock = `${String(hours % 12 || 12).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`;
  return `${clock} on ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}, ${date.getUTCFullYear()} UTC`;
}

const line = (message: StoredMessage, text: string) =>
  `${message.roleName?.trim() || message.role}: [${spokenTime(message.chatTime, message.createTime)}]: ${text}`;

/**
 * What the user said in a memory: a whole-turn memory's user lines without their dates (the form
 * `line` writes), or any other memory's text as it is.
 *
 * @example
 * userLines('user: [09:30 AM on 10 June, 2025 UTC]: I live in Lyon.'); // 'I live in Lyon.'
 */
export function userLines(value: string): string {
  if (!/^(?:user|assistant): \[/.test(value)) return value;
  return value
    .split(/(?:^|\s)(?=(?:user|assistant): \[)/)
    .filter((part) => part.startsWith('user: '))
    .map((part) => part.replace(/^user: \[[^\]]*\]:\s*/, ''))
    .join(' ');
}

const clip = (text: string, max: number) => {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

/** The options an assistant message offers, read in the reply's language. */
const optionsIn = (reply: string, assistant: StoredMessage) =>
  hasCjk(reply) ? offeredOptionsZh(assistant.text) : offeredOptions(assistant.text);

/** Whether the reply picks one of `options` (offered by `offer`). */
const picks = (reply: string, options: readonly string[], offer: string | undefined) =>
  options.length >= 2 &&
  !!(hasCjk(reply) ? resolveChoiceZh(reply, options, offer) : resolveChoice(reply, options, offer));

/**
 * Whether a reply needs the assistant message before it to be understood: it picks one of its
 * `options` (`picked`), or answers its question or list briefly.
 */
function answers(
  reply: string,
  assistant: StoredMessage,
  options: readonly string[],
  picked: boolean,
): boolean {
  if (!assistant.text.trim()) return false;
  if (picked) return true;
  // "Ooh! Tell me!": the reply goes on with what the user's message before it began ("ok so i met
  // someone 👀" … "sam. they're an ER nurse"), however long it is.
  if (PROMPT.test(assistant.text.trim())) return true;
  const words = hasCjk(reply) ? Array.from(reply.replace(/\s/g, '')).length / 2 : reply.split(/\s+/).length;
  const asked = options.length >= 2 || /[?？]\s*$/u.test(assistant.text.trim());
  return asked && (words <= 8 || (words <= 16 && POINTER.test(reply)));
}

/** How far back a choice may find the options it picks from: assistant messages, and messages in all. */
const OPTIONS_BACK = { assistant: 3, messages: 6 };

const listed = (message: StoredMessage) => listedOptions(message.text).length >= 2;

/** The index of an earlier assistant message (not the last) whose options the reply picks from, or -1. */
function pickedEarlier(reply: string, previous: readonly StoredMessage[]): number {
  let assistants = 0;
  for (
    let index = previous.length - 1;
    index >= Math.max(0, previous.length - OPTIONS_BACK.messages);
    index--
  ) {
    const message = previous[index]!;
    if (message.role !== 'assistant') continue;
    assistants += 1;
    if (assistants > OPTIONS_BACK.assistant) break;
    if (index === previous.length - 1) continue;
    if (picks(reply, optionsIn(reply, message), message.text)) return index;
  }
  return -1;
}

/**
 * The whole-turn memory of a user message (with the assistant message it answers, when it needs it),
 * or undefined for small talk ("thanks!", "ok"). `stated`: a rule reads a fact or preference in it (even
 * one whose family is off), so a short message ("I am vegetarian.") is kept however few words it has.
 *
 * @example
 * turnUnit({ id: 'm1', role: 'user', text: 'I live in Lyon.', chatTime: '2025-06-10 09:30:00', createTime: 0 }, []);
 * // { value: 'user: [09:30 AM on 10 June, 2025 UTC]: I live in Lyon.', tags: ['mode:fast', …], … }
 */
export function turnUnit(
  message: StoredMessage,
  previous: readonly StoredMessage[],
  { stated = false }: { readonly stated?: boolean } = {},
): ExtractedMemory | undefined {
  const text = clip(message.text, MAX_TURN_CHARS);
  if (!text) return undefined;
  const before = previous.at(-1);
  const options = before?.role === 'assistant' ? optionsIn(text, before) : [];
  const picked = picks(text, options, before?.text);
  const direct =
    before?.role === 'assistant' && answers(text, before, options, picked) ? previous.length - 1 : -1;
  // "Hmm, and the layovers on the first one?" … "Let's book the second one.": the options came a few
  // messages back; a reply that picks one of them carries that list. A list laid out there wins over a
  // prose "list" the last message happens to parse as ("It is central, so weekend nights can be
  // lively, but…"); a pick from a laid-out last message needs no look back.
  const earlier = picked && listed(before!) ? -1 : pickedEarlier(text, previous);
  const at =
    picked && !(earlier >= 0 && listed(previous[earlier]!)) ? direct : earlier >= 0 ? earlier : direct;
  const answered = at >= 0 ? previous[at] : undefined;
  // The options answer a request ("I need a gift idea for Emeka"): it names what the choice is about.
  const request = answered && previous[at - 1]?.role === 'user' ? previous[at - 1] : undefined;
  // "She runs a salon in Kasarani" is about whom the user's last message named ("my wife Wanjiru").
  const antecedent =
    !answered && PRONOUN_START.test(text)
      ? [...previous].reverse().find((earlier) => earlier.role === 'user')
      : undefined;
  const context = [request, answered ?? antecedent].filter(
    (entry): entry is StoredMessage => entry !== undefined,
  );
  const content =
    (text.match(CONTENT_WORD)?.length ?? 0) + (hasCjk(text) ? Math.floor(Array.from(text).length / 3) : 0);
  if (!stated && (SMALL_TALK.test(text) || (content < 2 && !answered))) return undefined;
  const lines = [
    ...context.map((entry) =>
      line(entry, clip(entry.text, entry.role === 'user' ? MAX_REQUEST_CHARS : MAX_CONTEXT_CHARS)),
    ),
    line(message, text),
  ];
  const ends = endedObjects(text);
  return {
    kind: 'fact',
    key: text.length > 60 ? `${text.slice(0, 60)}…` : text,
    value: lines.join('\n'),
    tags: [
      'mode:fast',
      // A pick among offered options: a question about what was decided looks for these.
      ...(picked || earlier >= 0 ? ['choice'] : []),
      // The slots it states, and, when it goes on after "Tell me!", those of the message it continues
      // ("ok so i met someone" … "sam. they're an ER nurse").
      ...new Set([
        ...slotTags(message.text),
        ...(request && answered && PROMPT.test(answered.text.trim())
          ? statementSlots(request.text).map(slotTag)
          : []),
      ]),
      ...tagsFor(` ${text}`, { chinese: hasCjk(text), max: 7 }),
    ],
    confidence: 0.3,
    memoryType: 'WorkingMemory',
    sourceMessageIds: [...context.map((entry) => entry.id), message.id],
    ...(ends.length > 0 ? { ends } : {}),
  };
}
