import type { Dataset } from '../types.ts';
import { anselm } from './anselm.ts';
import { berit } from './berit.ts';
import { caoMin } from './caomin.ts';
import { cosimo } from './cosimo.ts';
import { dervla } from './dervla.ts';
import { emrys } from './emrys.ts';
import { fenna } from './fenna.ts';
import { gideon } from './gideon.ts';
import { halima } from './halima.ts';
import { hanLei } from './hanlei.ts';
import { idris } from './idris.ts';
import { jolene } from './jolene.ts';
import { kasimir } from './kasimir.ts';
import { liesel } from './liesel.ts';
import { matthias } from './matthias.ts';
import { nkechi } from './nkechi.ts';
import { oriane } from './oriane.ts';
import { panTingting } from './pantingting.ts';
import { rasmus } from './rasmus.ts';
import { tianYe } from './tianye.ts';

/**
 * The eleventh held-out set of the retrieval-quality benchmark, the verdict after set 10 was
 * spent (measured once at dc9554d): 20 personas (16 English, 4 Chinese), 12 sessions each, at least 106
 * user messages each, 300 questions (5 single-hop, 2 multi-hop, 2 temporal, 3 updated and 3 off-topic
 * per persona).
 *
 * Written blind on 2026-12-02 by five writers, four personas each (the brief is
 * `../WRITING-HELD-OUT.md`), who read only the format (`FORMAT.md`, `types.ts`, `author.ts`): not the
 * engine (`src/`), the tests, the other datasets, the README or BENCHMARKS.md, nor each other's files.
 * Committed before its first run.
 *
 * Measured once as the verdict at d867f60 (BENCHMARKS.md of 2133b5f), and development data since (its
 * misses were read). It is spent: it no longer judges the engine (a later set, the newest in `../`,
 * does). Do not edit it.
 *
 * @example
 * for (const persona of heldOut11Dataset.personas) console.log(persona.name, persona.questions.length);
 */
export const heldOut11Dataset: Dataset = {
  personas: [
    anselm,
    berit,
    caoMin,
    cosimo,
    dervla,
    emrys,
    fenna,
    gideon,
    halima,
    hanLei,
    idris,
    jolene,
    kasimir,
    liesel,
    matthias,
    nkechi,
    oriane,
    panTingting,
    rasmus,
    tianYe,
  ],
};
