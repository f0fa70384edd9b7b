import type { Dataset } from '../types.ts';
import { adaeze } from './adaeze.ts';
import { liam } from './liam.ts';
import { meera } from './meera.ts';
import { rafael } from './rafael.ts';
import { sofia } from './sofia.ts';

/**
 * The development set of the retrieval-quality benchmark: hand-written personas (about 100 user
 * messages each over months of sessions) and their questions (single-hop, multi-hop, temporal,
 * updated, off-topic). This is the set used for tuning the engine; held-out sets are kept apart.
 *
 * @example
 * for (const persona of devDataset.personas) console.log(persona.name, persona.questions.length);
 */
export const devDataset: Dataset = { personas: [adaeze, rafael, meera, liam, sofia] };
