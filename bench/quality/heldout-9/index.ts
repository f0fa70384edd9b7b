import type { Dataset } from '../types.ts';
import { amadou } from './amadou.ts';
import { brigitte } from './brigitte.ts';
import { cormac } from './cormac.ts';
import { dagny } from './dagny.ts';
import { ebony } from './ebony.ts';
import { fangMin } from './fangmin.ts';
import { farid } from './farid.ts';
import { gaoyan } from './gaoyan.ts';
import { giulia } from './giulia.ts';
import { henrik } from './henrik.ts';
import { hujing } from './hujing.ts';
import { ines } from './ines.ts';
import { jamila } from './jamila.ts';
import { kazuo } from './kazuo.ts';
import { leandro } from './leandro.ts';
import { marisol } from './marisol.ts';
import { nadim } from './nadim.ts';
import { oksana } from './oksana.ts';
import { per } from './per.ts';
import { sunHui } from './sunhui.ts';

/**
 * The ninth held-out set of the retrieval-quality benchmark, the verdict after set 8 was spent
 * (measured once at b0b7167): 20 personas (16 English, 4 Chinese), 12 sessions each, at least 106 user
 * messages each, 300 questions (5 single-hop, 2 multi-hop, 2 temporal, 3 updated and 3 off-topic per
 * persona).
 *
 * Written blind on 2026-12-02 by five writers, four personas each, who read only the format
 * (`FORMAT.md`, `types.ts`, `author.ts`): not the engine (`src/`), the tests, the other datasets,
 * the README or BENCHMARKS.md, nor each other's files. Committed before its first run.
 *
 * Measured once as the verdict at c24ab7e (BENCHMARKS.md of 888fae5), and development data since (its
 * misses were read). It is spent: it no longer judges the engine (a later set, the newest in `../`, does).
 * Do not edit it.
 *
 * @example
 * for (const persona of heldOut9Dataset.personas) console.log(persona.name, persona.questions.length);
 */
export const heldOut9Dataset: Dataset = {
  personas: [
    amadou,
    brigitte,
    cormac,
    dagny,
    ebony,
    fangMin,
    farid,
    gaoyan,
    giulia,
    henrik,
    hujing,
    ines,
    jamila,
    kazuo,
    leandro,
    marisol,
    nadim,
    oksana,
    per,
    sunHui,
  ],
};
