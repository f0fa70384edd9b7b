import type { Dataset } from '../types.ts';
import { ambrose } from './ambrose.ts';
import { bronwyn } from './bronwyn.ts';
import { cyprian } from './cyprian.ts';
import { dulcie } from './dulcie.ts';
import { eamon } from './eamon.ts';
import { frederika } from './frederika.ts';
import { hamish } from './hamish.ts';
import { imelda } from './imelda.ts';
import { jethro } from './jethro.ts';
import { kerensa } from './kerensa.ts';
import { leopold } from './leopold.ts';
import { luoWen } from './luowen.ts';
import { mirabel } from './mirabel.ts';
import { norbert } from './norbert.ts';
import { ophelia } from './ophelia.ts';
import { phineas } from './phineas.ts';
import { qinLan } from './qinlan.ts';
import { quentin } from './quentin.ts';
import { shenMo } from './shenmo.ts';
import { yuanJie } from './yuanjie.ts';

/**
 * The fifteenth held-out set of the retrieval-quality benchmark, and the verdict since set 14 was
 * spent (measured once at 1615b38): 20 personas (16 English, 4 Chinese), 12 sessions each, at least 106
 * user messages each, 300 questions (5 single-hop, 2 multi-hop, 2 temporal, 3 updated and 3 off-topic
 * per persona). An updated question's answers are every statement of the current value (the change and
 * each later restatement), its stale ones every earlier statement of the old value (the brief changed
 * at fc2e00f; sets 10 to 12 labelled only the last mention).
 *
 * Written blind on 2026-12-03 by five writers, four personas each (the brief is
 * `../WRITING-HELD-OUT.md`), who read only the format (`FORMAT.md`, `types.ts`, `author.ts`): not the
 * engine (`src/`), the tests, the other datasets, the README or BENCHMARKS.md, nor each other's files.
 * One writer listed the folder once, filtered to its own four file names, before writing them (it saw
 * none of the others'). Committed before its first run.
 *
 * Measured once as the verdict at 660a88b (BENCHMARKS.md of c9cb0f4), and development data since (its
 * misses were read). It is spent: it no longer judges the engine (a later set, the newest in `../`,
 * does). Do not edit it.
 *
 * @example
 * for (const persona of heldOut15Dataset.personas) console.log(persona.name, persona.questions.length);
 */
export const heldOut15Dataset: Dataset = {
  personas: [
    ambrose,
    bronwyn,
    cyprian,
    dulcie,
    eamon,
    frederika,
    hamish,
    imelda,
    jethro,
    kerensa,
    leopold,
    luoWen,
    mirabel,
    norbert,
    ophelia,
    phineas,
    qinLan,
    quentin,
    shenMo,
    yuanJie,
  ],
};
