// The shape of the retrieval-quality dataset: personas, their chat sessions, and questions whose
// answers are specific user messages (by id).

/** One chat message, as it will be sent to `/add/message` (plus our own stable id). */
export interface DatasetMessage {
  id: string;
  role: 'user' | 'assistant';
  content: string;
  /** `YYYY-MM-DD HH:mm:ss`, the MemOS `chat_time` form. */
  chat_time: string;
}

/** One conversation; sent as one `addMessage` call with its `conversation_id`. */
export interface DatasetSession {
  conversation_id: string;
  messages: DatasetMessage[];
}

/**
 * What a question probes (bench/quality/FORMAT.md says how each is scored):
 * - `single-hop`: one statement answers it (any of `answer_message_ids`);
 * - `multi-hop`: it needs several statements, each in `answer_message_ids` (recall is the share found);
 * - `temporal`: about when something happened or its order; the dated statement answers it;
 * - `updated`: the fact changed; `answer_message_ids` hold the statements of the current value (from set
 *   13 on every one: the change and any later restatement; sets 2-12 hold the latest only),
 *   `stale_message_ids` the superseded ones (a stale one ranked above every fresh one is a miss);
 * - `off-topic`: nothing the user said is relevant (`answer_message_ids` empty): scores precision, i.e.
 *   how many memories get injected at the product's threshold.
 * `stable` and `indirect` are the first dataset's kinds (kept until it is converted).
 */
export type QuestionKind =
  | 'single-hop'
  | 'multi-hop'
  | 'temporal'
  | 'updated'
  | 'off-topic'
  | 'stable'
  | 'indirect';

/** A question about the persona and the message ids that answer it. */
export interface DatasetQuestion {
  id: string;
  question: string;
  kind: QuestionKind;
  answer_message_ids: string[];
  /** `updated` questions: the superseded statements. */
  stale_message_ids?: string[];
  /** When the question is asked (`YYYY-MM-DD HH:mm:ss`); temporal questions are relative to it. */
  asked_at?: string;
}

/** A synthetic user with months of conversations. */
export interface Persona {
  user_id: string;
  name: string;
  summary: string;
  language: 'en' | 'zh';
  sessions: DatasetSession[];
  questions: DatasetQuestion[];
}

/** The whole dataset. */
export interface Dataset {
  personas: Persona[];
}
