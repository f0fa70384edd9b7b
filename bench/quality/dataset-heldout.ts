import { chenyue } from './personas-heldout/chenyue.ts';
import { erik } from './personas-heldout/erik.ts';
import { jayden } from './personas-heldout/jayden.ts';
import { lupita } from './personas-heldout/lupita.ts';
import type { Dataset } from './types.ts';

/**
 * The held-out retrieval-quality set: four personas written after the engine's topic vocabulary was
 * tuned on the development set (`dataset.ts`), by an author who did not read the engine's rules, and
 * never used for tuning. Do not edit it to chase results; add a new held-out set instead.
 *
 * @example
 * for (const persona of heldOutDataset.personas) console.log(persona.name, persona.questions.length);
 */
export const heldOutDataset: Dataset = { personas: [erik, jayden, lupita, chenyue] };
