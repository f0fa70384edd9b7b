import type { Dataset } from '../types.ts';
import { ahmed } from './ahmed.ts';
import { aisha } from './aisha.ts';
import { amara } from './amara.ts';
import { chenJianguo } from './chenjianguo.ts';
import { daniel } from './daniel.ts';
import { emily } from './emily.ts';
import { hannah } from './hannah.ts';
import { jake } from './jake.ts';
import { kenji } from './kenji.ts';
import { liam } from './liam.ts';
import { liNa } from './lina.ts';
import { liuSiyu } from './liusiyu.ts';
import { lucia } from './lucia.ts';
import { maggie } from './maggie.ts';
import { marcus } from './marcus.ts';
import { priya } from './priya.ts';
import { rafael } from './rafael.ts';
import { sofia } from './sofia.ts';
import { tomasz } from './tomasz.ts';
import { wangLei } from './wanglei.ts';

/**
 * The second held-out set of the retrieval-quality benchmark: 20 personas (16 English, 4 Chinese),
 * 240 sessions from January 2025 to July 2026, 300 questions (single-hop, multi-hop, temporal,
 * updated, off-topic).
 *
 * Written blind on 2026-12-01 by an engineer who did not read the engine (`src/`), the other
 * datasets (`bench/quality/personas*`) or BENCHMARKS.md — only the format (`FORMAT.md`, `types.ts`,
 * `author.ts`) and the benchmark section of issue 13. Committed before its first run.
 *
 * It must never be used for tuning: do not edit it to chase results, do not look at its misses while
 * changing the engine, and do not quote its figures in tuning commits. If it has been looked at, write
 * a fresh one.
 */
export const heldOut2Dataset: Dataset = {
  personas: [
    priya,
    tomasz,
    amara,
    jake,
    lucia,
    kenji,
    maggie,
    daniel,
    sofia,
    ahmed,
    emily,
    rafael,
    hannah,
    marcus,
    aisha,
    liam,
    wangLei,
    liNa,
    chenJianguo,
    liuSiyu,
  ],
};
