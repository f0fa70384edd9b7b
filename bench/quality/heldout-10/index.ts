import type { Dataset } from '../types.ts';
import { abebe } from './abebe.ts';
import { benedikt } from './benedikt.ts';
import { constance } from './constance.ts';
import { dengChao } from './dengchao.ts';
import { desmond } from './desmond.ts';
import { eszter } from './eszter.ts';
import { florin } from './florin.ts';
import { genevieve } from './genevieve.ts';
import { guoQiang } from './guoqiang.ts';
import { hugo } from './hugo.ts';
import { imogen } from './imogen.ts';
import { jarrah } from './jarrah.ts';
import { kalani } from './kalani.ts';
import { lorcan } from './lorcan.ts';
import { luoYan } from './luoyan.ts';
import { maelle } from './maelle.ts';
import { niamh } from './niamh.ts';
import { osvaldo } from './osvaldo.ts';
import { petra } from './petra.ts';
import { xieTing } from './xieting.ts';

/**
 * The tenth held-out set of the retrieval-quality benchmark, the verdict after set 9 was spent
 * (measured once at c24ab7e): 20 personas (16 English, 4 Chinese), 12 sessions each, at least 106 user
 * messages each, 300 questions (5 single-hop, 2 multi-hop, 2 temporal, 3 updated and 3 off-topic per
 * persona).
 *
 * Written blind on 2026-12-02 by five writers, four personas each, who read only the format
 * (`FORMAT.md`, `types.ts`, `author.ts`): not the engine (`src/`), the tests, the other datasets,
 * the README or BENCHMARKS.md, nor each other's files. Committed before its first run.
 *
 * Measured once as the verdict at dc9554d (BENCHMARKS.md of f4ba5f9), and development data since (its
 * misses were read). It is spent: it no longer judges the engine (a later set, the newest in `../`,
 * does). Do not edit it.
 *
 * @example
 * for (const persona of heldOut10Dataset.personas) console.log(persona.name, persona.questions.length);
 */
export const heldOut10Dataset: Dataset = {
  personas: [
    abebe,
    benedikt,
    constance,
    dengChao,
    desmond,
    eszter,
    florin,
    genevieve,
    guoQiang,
    hugo,
    imogen,
    jarrah,
    kalani,
    lorcan,
    luoYan,
    maelle,
    niamh,
    osvaldo,
    petra,
    xieTing,
  ],
};
