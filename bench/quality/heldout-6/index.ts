import type { Dataset } from '../types.ts';
import { adwoa } from './adwoa.ts';
import { bastian } from './bastian.ts';
import { camila } from './camila.ts';
import { declan } from './declan.ts';
import { elif } from './elif.ts';
import { gustavo } from './gustavo.ts';
import { helena } from './helena.ts';
import { ibrahim } from './ibrahim.ts';
import { jonas } from './jonas.ts';
import { kiri } from './kiri.ts';
import { liming } from './liming.ts';
import { lucy } from './lucy.ts';
import { marek } from './marek.ts';
import { noor } from './noor.ts';
import { pablo } from './pablo.ts';
import { rosa } from './rosa.ts';
import { sanjay } from './sanjay.ts';
import { wuXia } from './wuxia.ts';
import { yangFan } from './yangfan.ts';
import { zhaoPeng } from './zhaopeng.ts';

/**
 * The sixth held-out set of the retrieval-quality benchmark, measured once as the verdict at 217b5da
 * (BENCHMARKS.md of 1e878a9) and development data since (its misses were read): 20 personas (16 English, 4 Chinese), 12 sessions each, at least 106 user
 * messages each, 300 questions (5 single-hop, 2 multi-hop, 2 temporal, 3 updated and 3 off-topic per
 * persona).
 *
 * Written blind on 2026-12-02 by five writers, four personas each, who read only the format
 * (`FORMAT.md`, `types.ts`, `author.ts`): not the engine (`src/`), the tests, the other datasets,
 * the README or BENCHMARKS.md. Committed before its first run.
 *
 * It is spent: it no longer judges the engine (a later set, the newest in `../`, does). Do not edit it.
 *
 * @example
 * for (const persona of heldOut6Dataset.personas) console.log(persona.name, persona.questions.length);
 */
export const heldOut6Dataset: Dataset = {
  personas: [
    adwoa,
    bastian,
    camila,
    declan,
    elif,
    gustavo,
    helena,
    ibrahim,
    jonas,
    kiri,
    liming,
    lucy,
    marek,
    noor,
    pablo,
    rosa,
    sanjay,
    wuXia,
    yangFan,
    zhaoPeng,
  ],
};
