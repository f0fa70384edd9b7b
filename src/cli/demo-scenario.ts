// The vendor's own scenario, verbatim from MemOS's quick start (memos-docs/quick-start.md): a user plans
// a summer trip to Guangzhou and picks 7 Days Inn; months later asks where to go for National Day.

/**
 * The quick start's user id.
 *
 * @example
 * await backend.getMemory({ user_id: DEMO_USER_ID });
 */
export const DEMO_USER_ID = 'memos_user_123';

/**
 * Conversation A, 2025-06-10: four messages, as the quick start adds them.
 *
 * @example
 * for (const turn of CONVERSATION_A.turns) console.log(turn.user, turn.assistant);
 */
export const CONVERSATION_A = {
  conversationId: '0610',
  date: '2025-06-10',
  turns: [
    {
      time: '2025-06-10T09:00:00',
      user: 'I’ve planned to travel to Guangzhou this summer. What chain hotels are available for accommodation?',
      assistant: 'You can consider options like 7 Days Inn, All Seasons, Hilton, etc.',
    },
    {
      time: '2025-06-10T09:01:00',
      user: 'I’ll choose 7 Days Inn.',
      assistant: 'Alright, feel free to ask me if you have any other questions.',
    },
  ],
} as const;

/**
 * Conversation B, 2025-09-28: the question that needs both memories.
 *
 * @example
 * streamText({ model, prompt: CONVERSATION_B.question });
 */
export const CONVERSATION_B = {
  conversationId: '0928',
  date: '2025-09-28',
  question:
    'I want to travel during the National Day holiday. Please recommend a city I haven’t been to and a hotel brand I haven’t stayed at.',
} as const;

/**
 * The app's own instructions in the demo; the memory block is appended after them.
 *
 * @example
 * streamText({ model, instructions: DEMO_INSTRUCTIONS, prompt });
 */
export const DEMO_INSTRUCTIONS = 'You are a helpful travel assistant. Answer briefly.';
