import type { Dataset } from '../types.ts';
import { amara } from './amara.ts';
import { bjorn } from './bjorn.ts';
import { carmen } from './carmen.ts';
import { chenJing } from './chenjing.ts';
import { dmitri } from './dmitri.ts';
import { esther } from './esther.ts';
import { farid } from './farid.ts';
import { gabriela } from './gabriela.ts';
import { hiroshi } from './hiroshi.ts';
import { huangTing } from './huangting.ts';
import { isabel } from './isabel.ts';
import { kwame } from './kwame.ts';
import { leilani } from './leilani.ts';
import { mateo } from './mateo.ts';
import { nadia } from './nadia.ts';
import { oskar } from './oskar.ts';
import { priya } from './priya.ts';
import { quinn } from './quinn.ts';
import { sunYan } from './sunyan.ts';
import { zhouLei } from './zhoulei.ts';

/**
 * The fifth held-out set of the retrieval-quality benchmark, measured once as the verdict at f3d2045
 * (BENCHMARKS.md of 928cf56) and development data since (its misses were read): 20 personas (16 English, 4 Chinese), 12 sessions each, at least 106 user
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
 * for (const persona of heldOut5Dataset.personas) console.log(persona.name, persona.questions.length);
 */
export const heldOut5Dataset: Dataset = {
  personas: [
    amara,
    bjorn,
    carmen,
    chenJing,
    dmitri,
    esther,
    farid,
    gabriela,
    hiroshi,
    huangTing,
    isabel,
    kwame,
    leilani,
    mateo,
    nadia,
    oskar,
    priya,
    quinn,
    sunYan,
    zhouLei,
  ],
};
