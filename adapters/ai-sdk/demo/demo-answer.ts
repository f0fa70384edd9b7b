// The offline demo model's "intelligence": it reads the `<memories>` block the middleware placed in
// its prompt and echoes it back, shaped by a few templates keyed on words of the question, so the
// effect of memory is visible without any LLM. Deterministic; no network.

/**
 * What the demo model found in its prompt.
 *
 * @example
 * const items: RememberedItems = { facts: ['The user lives in Lyon.'], preferences: [{ text: 'Likes tea.', implicit: true }] };
 */
export interface RememberedItems {
  readonly facts: readonly string[];
  readonly preferences: readonly { readonly text: string; readonly implicit: boolean }[];
}

const BLOCK = /<memories>([\s\S]*?)<\/memories>/;
const ITEM = /^-\s*(?:\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}\]\s*)?(\[(?:Explicit|Implicit) Preference\]\s*)?(.+)$/;

function sectionLines(block: string, tag: string): string[] {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(block);
  return (
    match?.[1]
      ?.split('\n')
      .map((line) => line.trim())
      .filter((line) => line.startsWith('-')) ?? []
  );
}

/**
 * Finds the `<memories>` block in a text and lists its facts and preferences; `undefined` when the
 * text carries no block.
 *
 * @example
 * readMemoryBlock('<memories>\n<facts>\n- [2025-06-10 09:00] The user lives in Lyon.\n</facts>\n</memories>');
 * // { facts: ['The user lives in Lyon.'], preferences: [] }
 */
export function readMemoryBlock(text: string): RememberedItems | undefined {
  const block = BLOCK.exec(text)?.[1];
  if (block === undefined) return undefined;
  const items = (tag: string) =>
    sectionLines(block, tag).flatMap((line) => {
      const match = ITEM.exec(line);
      return match?.[2]
        ? [{ text: match[2].trim(), implicit: match[1]?.startsWith('[Implicit') === true }]
        : [];
    });
  return { facts: items('facts').map((item) => item.text), preferences: items('preferences') };
}

/**
 * Third person ("The user has planned…") to second person ("you have planned…"), for display.
 *
 * @example
 * toSecondPerson('The user is vegetarian.'); // 'you are vegetarian'
 */
export function toSecondPerson(text: string): string {
  const rewritten = text
    .replace(/\b(?:the )?user's\b/gi, 'your')
    .replace(
      /\b(?:the )?user (is|was|has|does)\b/gi,
      (_, verb: string) =>
        ({ is: 'you are', was: 'you were', has: 'you have', does: 'you do' })[verb.toLowerCase()] ??
        `you ${verb}`,
    )
    .replace(/\b(?:the )?user (\w+?)s\b/gi, 'you $1')
    .replace(/\b(?:the )?user\b/gi, 'you')
    .replace(/\b(and|but|then) has\b/g, '$1 have')
    .replace(/\btheir\b/g, 'your')
    .replace(/\bthey\b/g, 'you')
    .replace(/\.$/, '');
  return rewritten.charAt(0).toLowerCase() + rewritten.slice(1);
}

const NAME = String.raw`((?:\d+\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)`;
const PLACE = new RegExp(
  String.raw`(?:travel(?:l?ed)? to|trip to|visit(?:ed)?|been to|going to|went to|lives? in|moved to)\s+${NAME}`,
);
const HOTEL = new RegExp(String.raw`(?:choose|chose|chosen|stay(?:ed)? at|book(?:ed)?)\s+${NAME}`);
const LIKED = /\b(?:likes?|loves?|enjoys?|prefers?)\s+([\w\s'-]+?)(?=[.,;]|\s+(?:for|during|when|over)\b|$)/i;
const USER_NAME = /\bname is\s+([A-Z][\w'-]*)/;
const BUDGET = /\b(?:budget|cheap|cost-effective|affordable|inexpensive|economical)\b/i;

const has = (question: string, words: RegExp) => words.test(question.toLowerCase());
const firstMatch = (texts: readonly string[], pattern: RegExp) =>
  texts.map((text) => pattern.exec(text)?.[1]).find((value) => value !== undefined);

function suggestion(question: string, remembered: RememberedItems): string {
  const all = [...remembered.facts, ...remembered.preferences.map((preference) => preference.text)];
  const place = firstMatch(all, PLACE);
  const hotel = firstMatch(all, HOTEL);
  const budget = all.some((text) => BUDGET.test(text));
  const lines: string[] = [];
  if (has(question, /\b(travel|trip|vacation|holiday|visit|go|national day|weekend)\b/)) {
    lines.push(
      place
        ? `for this trip I'd suggest a destination other than ${place}, since you've covered that one already`
        : `for this trip I'd suggest somewhere that fits what you've told me before`,
    );
  }
  if (has(question, /\b(hotel|stay|accommodation|room|sleep)\b/)) {
    const kind = budget ? 'a budget-friendly' : 'a';
    lines.push(
      hotel ? `${kind} brand other than ${hotel}, unless you'd rather repeat it` : `${kind} place to stay`,
    );
  }
  if (has(question, /\b(eat|food|restaurant|dinner|lunch|breakfast|cook|meal)\b/)) {
    const liked = firstMatch(all, LIKED);
    lines.push(
      liked
        ? `for food, somewhere that serves ${liked.trim()}`
        : 'for food, something in line with your tastes',
    );
  }
  if (has(question, /\b(name|who am i|call me)\b/)) {
    const name = firstMatch(all, USER_NAME);
    return name ? `Your name is ${name}.` : "You haven't told me your name yet.";
  }
  if (lines.length === 0 && has(question, /\b(recommend|suggest|idea|should|what)\b/)) {
    lines.push('my suggestion starts from those, and your current message wins if anything changed');
  }
  return lines.length === 0 ? "I'll keep that in mind." : `So ${lines.join(', and ')}.`;
}

const LABEL = '[offline demo model]';
const FOOTER =
  '(No LLM was called: this offline demo model answers only from the memory block in its prompt.)';

/**
 * The demo model's answer to a question, given what it found in its prompt.
 *
 * @example
 * composeDemoAnswer('Any hotel ideas?', { facts: ['The user chose 7 Days Inn.'], preferences: [] });
 */
export function composeDemoAnswer(question: string, remembered: RememberedItems | undefined): string {
  const isQuestion =
    /\?\s*$/.test(question) ||
    /^\s*(what|where|which|who|how|any|can|could|should|do)\b/i.test(question) ||
    // Requests phrased as statements ("Please recommend a city…") are questions too.
    /\b(recommend|suggest|advise|ideas?)\b/i.test(question);
  if (remembered === undefined || (remembered.facts.length === 0 && remembered.preferences.length === 0)) {
    return isQuestion
      ? `${LABEL} I don't know anything about you yet: no memories came with this message. Tell me about yourself and ask again. ${FOOTER}`
      : `${LABEL} Noted. The memory middleware stores this turn after my reply, so I can use it next time. ${FOOTER}`;
  }
  const facts = remembered.facts.map((fact) => {
    // A raw turn (MemOS fast mode: "user: [10:00 AM on 10 June, 2025 UTC]: …") is quoted in the user's
    // own words, without speakers, times or the assistant's lines.
    const said = [...fact.matchAll(/(?:^|\s)user: \[[^\]]*\]: (.*?)(?=\s+\w+: \[[^\]]*\]: |$)/g)].map(
      (match) => match[1]!.trim(),
    );
    return said.length > 0 ? `you told me "${said.join(' ')}"` : toSecondPerson(fact);
  });
  const preferences = remembered.preferences.map(
    (preference) => `${preference.implicit ? '(I gathered) ' : ''}${toSecondPerson(preference.text)}`,
  );
  const recalled = `From what I remember: ${[...facts, ...preferences].join('; ')}.`;
  const rest = isQuestion ? suggestion(question, remembered) : 'Noted, I will remember this too.';
  return `${LABEL} ${recalled} ${rest} ${FOOTER}`;
}
