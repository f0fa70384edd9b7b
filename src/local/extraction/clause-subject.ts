// Where an English clause's subject is. Rules read a clause only from the user speaking about
// themselves at its start: a rule matching further in would keep a fragment ("…while I'm away" →
// "The user is away."), and a subordinate clause ("because I…", "if I…") is no fact on its own.
import { isPastForm } from './english-grammar.ts';
import { detectTopics } from './topics.ts';
import type { StoredMessage } from './types.ts';

const OPENER =
  /^(?:(?:well|so|actually|also|btw|by\s+the\s+way|oh|and|but|plus|anyway|anyways|honestly|ok|okay|yeah|yes|hey|hi|hello|um|uh|fyi|thanks|thank\s+you|oh\s+and)\b[\s,!:;-]*)+/i;

const SUBORDINATE =
  /^(?:while|whilst|because|cause|since|when|whenever|if|unless|before|after|until|till|although|though|even\s+though|even\s+if|as\s+soon\s+as|as\s+long\s+as|once|whereas|in\s+case|so\s+that|whether)\b/i;

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const TIME_PREFIX = new RegExp(
  `^((?:this|next|last|every)\\s+(?:week(?:end)?|month|year|summer|winter|spring|autumn|fall|term|semester|${MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in\\s+(?:\\d{4}|${MONTHS}|spring|summer|autumn|fall|winter)|since\\s+(?:\\d{4}|${MONTHS}|last\\s+(?:year|month|week|spring|summer|autumn|fall|winter))|on\\s+(?:weekends|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)|tomorrow|today|tonight|yesterday|these\\s+days|nowadays|lately|now|right\\s+now|at\\s+the\\s+moment)\\s*,?\\s+(?=(?:i|i'm|i've|i'll|my|we|we're|we've|our)\\b)`,
  'i',
);

/** A clause with its openers taken off, and a leading time phrase to restate at its end. */
export interface ClauseSubject {
  readonly body: string;
  readonly when: string;
  readonly subordinate: boolean;
}

/**
 * Takes the openers ("well,", "so", "oh and", "btw") and a leading time phrase ("Next month") off a
 * clause, and says whether it is a subordinate clause.
 *
 * @example
 * clauseSubject("Next month I'm starting a new job"); // { body: "I'm starting a new job", when: 'next month', subordinate: false }
 */
export function clauseSubject(clause: string): ClauseSubject {
  const opened = clause.replace(OPENER, '');
  const time = TIME_PREFIX.exec(opened);
  if (!time && SUBORDINATE.test(opened)) return { body: opened, when: '', subordinate: true };
  if (!time) return { body: opened, when: '', subordinate: false };
  return { body: opened.slice(time[0].length), when: (time[1] ?? '').toLowerCase(), subordinate: false };
}

/** Whether a sentence opens with a subordinate clause, so its "and I…" parts must not stand alone. */
export function opensSubordinate(sentence: string): boolean {
  return SUBORDINATE.test(sentence.trim().replace(OPENER, ''));
}

const AUXILIARY = new Set(
  "is are was were has have had will would can could should might may must does do did 's isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't doesn't don't didn't".split(
    ' ',
  ),
);
const MODAL = new Set("can could should might may must shall can't couldn't shouldn't".split(' '));
const ADVERB = new Set(
  'just recently finally also still already always never often usually sometimes mostly really actually both all currently now'.split(
    ' ',
  ),
);
// Plain verbs a plural subject takes ("my parents live", "we met"), and their -s forms.
const BASE_VERBS = new Set(
  'live work play need like love want say run own teach study go come get make visit stay speak use help call watch eat drink travel meet move plan hate prefer enjoy keep know start look sing cook drive walk ride swim train volunteer coach paint write sell build grow collect rent wear attend manage lead sleep think take ship host share book spend raise adopt celebrate'.split(
    ' ',
  ),
);

function isVerb(word: string, strict: boolean): boolean {
  const lower = word.toLowerCase().replace(/[.,!?;:]+$/, '');
  if (AUXILIARY.has(lower) || isPastForm(lower) || BASE_VERBS.has(lower)) return true;
  if (/s$/.test(lower) && BASE_VERBS.has(lower.replace(/(?:ies)$/, 'y').replace(/e?s$/, ''))) return true;
  if (/s$/.test(lower) && BASE_VERBS.has(lower.slice(0, -1))) return true;
  return !strict && /^[a-z]{3,}[^s']s$/.test(lower);
}

/** Where the predicate starts after "my/our" + a noun phrase of up to four words, if it does. */
function predicateIndex(words: readonly string[]): number | undefined {
  for (const strict of [true, false]) {
    for (let index = 2; index <= Math.min(5, words.length - 1); index += 1) {
      const word = words[index] ?? '';
      const candidate = ADVERB.has(word.toLowerCase()) ? (words[index + 1] ?? '') : word;
      if (isVerb(candidate, strict)) return index;
    }
  }
  return undefined;
}

const NOT_SUBJECT =
  /^(?:question|questions|problem|point|guess|bad|pleasure|turn|answer|issue|concern|request|apologies|mistake|conversation|chat|discussion|session|message|reply|thoughts|understanding)$/i;

/** A clause whose subject is the user's (or the user's and others') noun phrase. */
export interface PossessiveSubject {
  /** The noun phrase, without "my"/"our" ("cat Bramble"). */
  readonly noun: string;
  /** "my wife and I": the user is part of the subject. */
  readonly withUser: boolean;
  /** The rest of the clause from the verb on. */
  readonly predicate: string;
}

/**
 * Reads "my/our <noun phrase> <verb>…" ("My cat Bramble needs…", "My wife and I met…").
 *
 * @example
 * possessiveSubject('My parents live in Kochi')?.noun; // 'parents'
 */
export function possessiveSubject(body: string): PossessiveSubject | undefined {
  const words = body.split(/\s+/);
  if (!/^(?:my|our)$/i.test(words[0] ?? '')) return undefined;
  const at = predicateIndex(words);
  if (at === undefined) return undefined;
  const noun = words.slice(1, at).join(' ');
  const withUser = /\s+and\s+I$/i.test(noun);
  const head =
    noun
      .replace(/\s+and\s+I$/i, '')
      .replace(/,/g, '')
      .split(' ')
      .at(-1) ?? '';
  if (/\b(?:I|me|you)\b/i.test(noun.replace(/\s+and\s+I$/i, '')) || NOT_SUBJECT.test(head)) return undefined;
  if (withUser && MODAL.has((words[at] ?? '').toLowerCase())) return undefined;
  return { noun: noun.replace(/\s+and\s+I$/i, ''), withUser, predicate: words.slice(at).join(' ') };
}

const WE = /^we(?:'re|'ve|'ll|'d)?\b\s*/i;
const WE_LEAD: Readonly<Record<string, string>> = {
  "we're": 'are ',
  "we've": 'have ',
  "we'll": 'will ',
  "we'd": 'would ',
};
const WE_SMALL_TALK =
  /^(?:(?:are\s+|were\s+)?(?:talking|discussing|done|good|ok|okay|fine|all\s+set|on\s+the\s+same\s+page)|(?:talked|discussed|spoke|chatted)\b|will\s+see|will\s+try|will\s+figure|need\b|have\s+to\b)/i;

/**
 * The predicate of a "we…" statement in the third person ("We're relocating…" → "are relocating…"),
 * unless "we" may include the assistant ("we could try…", "we discussed… you").
 *
 * @example
 * wePredicate("We're relocating to Leeds in March"); // 'are relocating to Leeds in March'
 */
export function wePredicate(body: string): string | undefined {
  const lead = WE.exec(body);
  if (!lead || /\byou\b/i.test(body)) return undefined;
  const contraction = WE_LEAD[lead[0].trim().toLowerCase()] ?? '';
  const predicate = `${contraction}${body.slice(lead[0].length)}`.trim();
  const words = predicate.split(/\s+/);
  const verb = (ADVERB.has((words[0] ?? '').toLowerCase()) ? words[1] : words[0]) ?? '';
  if (MODAL.has(verb.toLowerCase()) || !isVerb(verb, true) || WE_SMALL_TALK.test(predicate)) return undefined;
  return predicate;
}

const COMPANION =
  /\bmy\s+((?:wife|husband|partner|boyfriend|girlfriend|fianc[ée]e?|family|kids|children|friends?|roommates?|flatmates?|parents|band|team|colleagues|sister|brother|mum|mom|dad|son|daughter)(?:\s+and\s+(?:my\s+)?\w+)?)\s+and\s+I\b|\b(?:my|with\s+my)\s+(wife|husband|partner|boyfriend|girlfriend|fianc[ée]e?)\b/i;

/**
 * Who "we" are: the last "my X and I" (or spouse) the user mentioned in this message or an earlier one
 * of the batch; colleagues when the clause is about work; otherwise "their partner or family".
 *
 * @example
 * weCompanion('We met in Porto', message, []); // 'their partner or family'
 */
export function weCompanion(
  clause: string,
  message: StoredMessage,
  previous: readonly StoredMessage[],
): string {
  const texts = [message, ...[...previous].reverse().filter((earlier) => earlier.role === 'user')];
  for (const { text } of texts) {
    const found = COMPANION.exec(text);
    if (found) return `their ${(found[1] ?? found[2] ?? '').replace(/\bmy\s+/gi, 'their ')}`;
  }
  if (detectTopics(clause).some((topic) => topic.name === 'work' || topic.name === 'colleagues')) {
    return 'their colleagues';
  }
  return 'their partner or family';
}

// --- framed clauses -----------------------------------------------------------------------------------
// A clause the user says without stating it of themselves: text to translate, a role-play, a
// hypothetical ("if I were…", "imagine I…"), a quotation. No rule reads such a clause.

// The whole message is a frame: "Translate to French: …", "For a role-play: …", "Pretend you're…".
const FRAMED_MESSAGE =
  /\b(?:translat(?:e|es|ed|ing)|translation\s+(?:of|for|into|to)|how\s+(?:do|would)\s+(?:i|you)\s+say|role[\s-]?play(?:ing)?|pretend(?:ing)?|make[\s-]believe|hypothetical(?:ly)?|let's\s+say|suppose|supposing|in\s+character|(?:my|a|the|your)\s+(?:character|persona)|for\s+(?:a|my|the)\s+(?:story|novel|screenplay|script|game|campaign|sketch|scene|play|exercise|quiz|example))\b|(?:^|[.!?]\s+)imagine\b|(?<!(?:can't|cannot|couldn't|can\s+not|not)\s+)\bimagine\s+(?:that|if|i|i'm|we|being|having|living|a|my)\b/i;
// The clause itself is hypothetical or a wish.
const HYPOTHETICAL =
  /\b(?:if\s+i\s+(?:were|was|had|lived|could|did)|i\s+were|what\s+if|i\s+wish|in\s+(?:another|a\s+parallel|an\s+alternate|a\s+past|my\s+next)\s+(?:life|universe|world)|in\s+my\s+dreams?)\b/i;
// A quotation: '…', "…", “…”, ‘…’ (an apostrophe inside a word is no quote mark).
const QUOTED = /(?:^|[\s:(\-–—])["“'‘]([^"“”]{3,}?)["”'’](?=[\s.,!?;:)\-–—]|$)/gu;

const normalised = (text: string) =>
  text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();

/**
 * Whether a clause is framed rather than stated: quoted text, part of a message asking for a
 * translation, role-play or pretence, or a hypothetical ("if I were…").
 *
 * @example
 * framedClause('we have two kids', "Translate to French: 'My wife is a teacher and we have two kids.'"); // true
 */
export function framedClause(clause: string, message: string): boolean {
  const text = normalised(message);
  if (FRAMED_MESSAGE.test(text) || HYPOTHETICAL.test(normalised(clause))) return true;
  const bare = normalised(clause)
    .replace(/^["'\s]+|["'\s.!?]+$/g, '')
    .trim();
  if (!bare) return false;
  for (const [, quote = ''] of text.matchAll(QUOTED)) {
    // Inside a quotation, or mostly one ("'I live in Paris,' she said"); a quoted word is not enough.
    if (quote.includes(bare) || (bare.includes(quote) && quote.length >= bare.length * 0.6)) return true;
  }
  // A clause that opens a quotation the splitting cut ("'My wife is a teacher").
  return /^["“'‘]/u.test(clause.trim());
}
