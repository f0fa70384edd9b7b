import { hasCjk } from '../search/text-terms.ts';
import { opensSubordinate } from './clause-subject.ts';
import { readChineseClause } from './rules-chinese.ts';
import { type RuleContext, readEnglishClause } from './rules-english.ts';
import { tagsFor } from './topics.ts';
import type {
  ExtractedMemory,
  ExtractionInput,
  ExtractionResult,
  Extractor,
  StoredMessage,
} from './types.ts';

/** Options of the default, offline extractor. */
export interface RuleExtractorOptions {
  /**
   * Keep a user message that no rule understood as a low-confidence raw memory (`mode:fast` tag,
   * "user: …" text, as MemOS's own fast pass stores it), so nothing the user said is unsearchable.
   * Questions, greetings and messages under three content words are never kept.
   * @default true
   */
  readonly rawFallback?: boolean;
  /** Turn assistant tool calls and their results into tool memories. @default true */
  readonly toolMemories?: boolean;
}

const MAX_MESSAGE_CHARS = 8000;
const CONTENT_WORD = /[\p{L}\p{N}]{3,}/gu;

const QUESTION_PARTS =
  /[，]|,(?=\s*(?:[\u4e00-\u9fff]|(?:do|does|did|can|could|would|will|should|is|are|what|where|when|how|which|who|why|any)\b))/iu;
const COORDINATE =
  /(?<!\b(?:my|our)(?:\s+[\p{L}'-]+){1,2})\s*[,，]?\s+(?:and|but|also|plus)\s+(?=(?:i|i'm|i've|i'll|i'd|we|we're|we've|we'll)\b|(?:my|our)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+){0,2}?\s+(?:is|are|was|were|has|have|had|lives|live|works|work|needs|likes|loves|says|said|plays|play|just|started|starts|moved|got|will)\b)|[，,](?=\s*我)/iu;

/** Sentences, then clauses joined by "and/but/so I…", "，" and the like. */
function clauses(text: string): string[] {
  return (
    text
      .slice(0, MAX_MESSAGE_CHARS)
      .replace(/’/g, "'")
      .split(/(?<=[.!?;。！？；])\s*|\n+/u)
      // A question often opens with statements ("我在准备雅思，你能陪我练吗？", "I live in Porto, can you
      // suggest a café?"): only its last clause is the question.
      .flatMap((sentence) => (isQuestion(sentence) ? sentence.split(QUESTION_PARTS) : [sentence]))
      // "and my X" starts a clause only when a verb follows ("and my son lives…"), not in a list ("with
      // his wife and my two grandsons"); "my wife and I" is one subject; a sentence that opens with a
      // subordinate clause ("If I get the job and I move…") is read whole.
      .flatMap((sentence) => (opensSubordinate(sentence) ? [sentence] : sentence.split(COORDINATE)))
      .map((clause) => clause.trim())
      .filter((clause) => clause.length > 1)
  );
}

function isQuestion(clause: string): boolean {
  return /[?？]\s*$/u.test(clause);
}

// `text` is what no rule understood: the whole message, or the statement clauses left over beside the
// rules' memories (questions are cut out, the statements around them kept).
function rawMemory(message: StoredMessage, text: string): ExtractedMemory | undefined {
  if ((text.match(CONTENT_WORD)?.length ?? 0) + (hasCjk(text) ? Math.floor(text.length / 4) : 0) < 3) {
    return undefined;
  }
  const clipped = text.length > 500 ? `${text.slice(0, 500)}…` : text;
  const stamp = message.chatTime ? `[${message.chatTime}]: ` : '';
  return {
    kind: 'fact',
    key: clipped.length > 60 ? `${clipped.slice(0, 60)}…` : clipped,
    value: `user: ${stamp}${clipped}`,
    tags: ['mode:fast', ...tagsFor(clipped, { chinese: hasCjk(clipped), max: 7 })],
    confidence: 0.3,
    memoryType: 'WorkingMemory',
    sourceMessageIds: [message.id],
  };
}

function toolMemories(messages: readonly StoredMessage[]): ExtractedMemory[] {
  const results = new Map(
    messages.filter((message) => message.role === 'tool').map((message) => [message.toolCallId, message]),
  );
  return messages.flatMap((message) =>
    (message.toolCalls ?? []).map((call) => {
      const result = results.get(call.id);
      const output = result ? result.text.slice(0, 500) : '';
      return {
        kind: 'tool' as const,
        key: call.name,
        value: `${call.name}(${call.arguments.slice(0, 500)})${output ? ` -> ${output}` : ''}`,
        tags: ['tool', call.name],
        confidence: 0.9,
        sourceMessageIds: [message.id, ...(result ? [result.id] : [])],
        tool: {
          toolType: 'ToolTrajectoryMemory',
          usedStatus: [
            { used_tool: call.name, error_type: '', success_rate: result ? 1 : 0, tool_experience: '' },
          ],
        },
      };
    }),
  );
}

/**
 * The default extractor: offline and deterministic. Facts from what the user says about themselves and
 * their plans, explicit preferences from likes, dislikes and choices (with the options an assistant had
 * offered as context), in English and Chinese. It never invents implicit preferences: inferring a
 * motive needs a model (see `createLLMExtractor`).
 *
 * @example
 * const memos = new LocalMemOS({ extractor: createRuleExtractor({ rawFallback: false }) });
 */
export function createRuleExtractor({
  rawFallback = true,
  toolMemories: withTools = true,
}: RuleExtractorOptions = {}): Extractor {
  return {
    existingLimit: 0,
    async extract({ messages }: ExtractionInput): Promise<ExtractionResult> {
      const memories: ExtractedMemory[] = [];
      messages.forEach((message, index) => {
        if (message.role !== 'user') return;
        const context: RuleContext = { message, previous: messages.slice(0, index) };
        let found = 0;
        let questions = 0;
        const unread: string[] = [];
        for (const clause of clauses(message.text)) {
          if (isQuestion(clause)) {
            questions += 1;
            continue;
          }
          const hit = hasCjk(clause)
            ? readChineseClause(clause, context)
            : readEnglishClause(clause, context);
          if (!hit) {
            unread.push(clause);
            continue;
          }
          found += 1;
          memories.push({
            kind: hit.kind,
            key: hit.key,
            value: hit.value,
            tags: hit.tags,
            reasoning: hit.reasoning ?? '',
            confidence: 0.9,
            memoryType: 'UserMemory',
            sourceMessageIds:
              hit.kind === 'explicit_preference' && hit.reasoning ? sourcesOfChoice(context) : [message.id],
          });
        }
        if (rawFallback && unread.length > 0) {
          const whole = found === 0 && questions === 0;
          const text = (whole ? message.text : unread.join(' ')).trim().replace(/\s+/g, ' ');
          const raw = rawMemory(message, text);
          if (raw) memories.push(raw);
        }
      });
      if (withTools) memories.push(...toolMemories(messages));
      return { memories };
    },
  };
}

/** A choice is understood through the options offered before it: both messages are its sources. */
function sourcesOfChoice(context: RuleContext): string[] {
  const assistant = [...context.previous].reverse().find((message) => message.role === 'assistant');
  return assistant ? [assistant.id, context.message.id] : [context.message.id];
}
