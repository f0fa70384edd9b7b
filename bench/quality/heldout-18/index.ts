import type { Dataset } from '../types.ts';
import { aldous } from './aldous.ts';
import { briony } from './briony.ts';
import { caedmon } from './caedmon.ts';
import { elspeth } from './elspeth.ts';
import { fanXin } from './fanxin.ts';
import { gwendolyn } from './gwendolyn.ts';
import { hyacinth } from './hyacinth.ts';
import { ishaan } from './ishaan.ts';
import { jolyon } from './jolyon.ts';
import { keziah } from './keziah.ts';
import { lazarus } from './lazarus.ts';
import { luBing } from './lubing.ts';
import { mehmet } from './mehmet.ts';
import { nuala } from './nuala.ts';
import { obadiah } from './obadiah.ts';
import { peregrine } from './peregrine.ts';
import { qiaoLin } from './qiaolin.ts';
import { rosalie } from './rosalie.ts';
import { tobias } from './tobias.ts';
import { zhengYi } from './zhengyi.ts';

/**
 * The eighteenth held-out set of the retrieval-quality benchmark, and the verdict since set 17 was
 * spent (measured once at b413756): 20 personas (16 English, 4 Chinese), 12 sessions each, at least 108
 * user messages each, 300 questions (5 single-hop, 2 multi-hop, 2 temporal, 3 updated and 3 off-topic
 * per persona). An updated question's answers are every statement of the current value (the change and
 * each later restatement), its stale ones every earlier statement of the old value (the brief changed
 * at fc2e00f; sets 10 to 12 labelled only the last mention).
 *
 * Written blind on 2026-12-03 by five writers, four personas each (the brief is
 * `../WRITING-HELD-OUT.md`), who read only the format (`FORMAT.md`, `types.ts`, `author.ts`): not the
 * engine (`src/`), the tests, the other datasets, the README or BENCHMARKS.md, nor each other's files.
 * Each writer kept its check script in its own folder in /tmp (outside the repository), and each script
 * read only the file it was given. Committed before its first run.
 *
 * Its figures are the verdict of the engine it is first measured on. It must never be used for tuning:
 * do not edit it to chase results, do not look at its misses while changing the engine, and do not
 * quote its figures in tuning commits. An engine change that wants a new verdict needs a fresh set
 * written blind (set 19); this one then joins the spent sets.
 *
 * @example
 * for (const persona of heldOut18Dataset.personas) console.log(persona.name, persona.questions.length);
 */
export const heldOut18Dataset: Dataset = {
  personas: [
    aldous,
    briony,
    caedmon,
    elspeth,
    fanXin,
    gwendolyn,
    hyacinth,
    ishaan,
    jolyon,
    keziah,
    lazarus,
    luBing,
    mehmet,
    nuala,
    obadiah,
    peregrine,
    qiaoLin,
    rosalie,
    tobias,
    zhengYi,
  ],
};
