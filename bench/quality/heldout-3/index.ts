import type { Dataset } from '../types.ts';
import { anneke } from './anneke.ts';
import { bongani } from './bongani.ts';
import { chloe } from './chloe.ts';
import { freya } from './freya.ts';
import { gaojun } from './gaojun.ts';
import { grant } from './grant.ts';
import { harold } from './harold.ts';
import { hemin } from './hemin.ts';
import { isabel } from './isabel.ts';
import { kwame } from './kwame.ts';
import { mateo } from './mateo.ts';
import { nora } from './nora.ts';
import { priyanka } from './priyanka.ts';
import { rohan } from './rohan.ts';
import { samira } from './samira.ts';
import { sunli } from './sunli.ts';
import { tyler } from './tyler.ts';
import { valentina } from './valentina.ts';
import { yusuf } from './yusuf.ts';
import { zhoujie } from './zhoujie.ts';

/**
 * The third held-out set of the retrieval-quality benchmark, and the verdict since the second was
 * spent (measured once at 7c5018c): 20 personas (16 English, 4 Chinese), 12 sessions each between
 * January 2025 and September 2026, at least 106 user messages each, 300 questions (5 single-hop,
 * 2 multi-hop, 2 temporal, 3 updated and 3 off-topic per persona).
 *
 * Written blind on 2026-12-02 by five writers, four personas each, who read only the format
 * (`FORMAT.md`, `types.ts`, `author.ts`): not the engine (`src/`), the tests, the other datasets,
 * the README or BENCHMARKS.md. Committed before its first run.
 *
 * It must never be used for tuning: do not edit it to chase results, do not look at its misses while
 * changing the engine, and do not quote its figures in tuning commits. If it has been looked at, write
 * a fresh one.
 *
 * @example
 * for (const persona of heldOut3Dataset.personas) console.log(persona.name, persona.questions.length);
 */
export const heldOut3Dataset: Dataset = {
  personas: [
    anneke,
    bongani,
    chloe,
    freya,
    gaojun,
    grant,
    harold,
    hemin,
    isabel,
    kwame,
    mateo,
    nora,
    priyanka,
    rohan,
    samira,
    sunli,
    tyler,
    valentina,
    yusuf,
    zhoujie,
  ],
};
