import type { Dataset } from '../types.ts';
import { anoushka } from './anoushka.ts';
import { barnaby } from './barnaby.ts';
import { caspar } from './caspar.ts';
import { dashiell } from './dashiell.ts';
import { heXin } from './hexin.ts';
import { ignacio } from './ignacio.ts';
import { kaveh } from './kaveh.ts';
import { liHua } from './lihua.ts';
import { mathilde } from './mathilde.ts';
import { ottilie } from './ottilie.ts';
import { qiuYue } from './qiuyue.ts';
import { rosalind } from './rosalind.ts';
import { rukmini } from './rukmini.ts';
import { solveig } from './solveig.ts';
import { tariq } from './tariq.ts';
import { teodor } from './teodor.ts';
import { thandiwe } from './thandiwe.ts';
import { wren } from './wren.ts';
import { yetunde } from './yetunde.ts';
import { zhangWei } from './zhangwei.ts';

/**
 * The thirteenth held-out set of the retrieval-quality benchmark, and the verdict since set 12 was
 * spent (measured once at 533b576): 20 personas (16 English, 4 Chinese), 12 sessions each, at least 106
 * user messages each, 300 questions (5 single-hop, 2 multi-hop, 2 temporal, 3 updated and 3 off-topic
 * per persona). An updated question's answers are every statement of the current value (the change and
 * each later restatement), its stale ones every earlier statement of the old value (the brief changed
 * at fc2e00f; sets 10 to 12 labelled only the last mention).
 *
 * Written blind on 2026-12-03 by five writers, four personas each (the brief is
 * `../WRITING-HELD-OUT.md`), who read only the format (`FORMAT.md`, `types.ts`, `author.ts`): not the
 * engine (`src/`), the tests, the other datasets, the README or BENCHMARKS.md, nor each other's files.
 * Committed before its first run.
 *
 * Measured once as the verdict at 2429c40 (BENCHMARKS.md of a01ec3e), and development data since (its
 * misses were read). It is spent: it no longer judges the engine (a later set, the newest in `../`,
 * does). Do not edit it.
 *
 * @example
 * for (const persona of heldOut13Dataset.personas) console.log(persona.name, persona.questions.length);
 */
export const heldOut13Dataset: Dataset = {
  personas: [
    anoushka,
    barnaby,
    caspar,
    dashiell,
    heXin,
    ignacio,
    kaveh,
    liHua,
    mathilde,
    ottilie,
    qiuYue,
    rosalind,
    rukmini,
    solveig,
    tariq,
    teodor,
    thandiwe,
    wren,
    yetunde,
    zhangWei,
  ],
};
