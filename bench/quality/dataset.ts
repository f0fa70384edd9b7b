import { claire } from './personas/claire.ts';
import { hannah } from './personas/hannah.ts';
import { kenji } from './personas/kenji.ts';
import { linxiao } from './personas/linxiao.ts';
import { marcus } from './personas/marcus.ts';
import { priya } from './personas/priya.ts';
import { tomas } from './personas/tomas.ts';
import type { Dataset } from './types.ts';

/**
 * The retrieval-quality dataset: seven hand-written personas, months of sessions each, and questions
 * whose answers are specific user messages. Deterministic: no randomness anywhere.
 *
 * @example
 * for (const persona of dataset.personas) console.log(persona.name, persona.questions.length);
 */
export const dataset: Dataset = { personas: [claire, marcus, linxiao, priya, tomas, hannah, kenji] };
