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
 * What a question probes. `stable`: stated once; `updated`: changed over time, only the latest
 * statement answers; `indirect`: answered by a statement that shares few words with the question.
 */
export type QuestionKind = 'stable' | 'updated' | 'indirect';

/** A question about the persona and the message ids that answer it (any one of them counts). */
export interface DatasetQuestion {
  id: string;
  question: string;
  kind: QuestionKind;
  answer_message_ids: string[];
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
