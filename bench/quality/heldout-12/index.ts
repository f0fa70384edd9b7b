import type { Dataset } from '../types.ts';
import { aurora } from './aurora.ts';
import { bram } from './bram.ts';
import { cecily } from './cecily.ts';
import { dominik } from './dominik.ts';
import { elodie } from './elodie.ts';
import { finlay } from './finlay.ts';
import { greta } from './greta.ts';
import { henrique } from './henrique.ts';
import { isla } from './isla.ts';
import { jiangTao } from './jiangtao.ts';
import { joaquin } from './joaquin.ts';
import { katya } from './katya.ts';
import { linnea } from './linnea.ts';
import { malik } from './malik.ts';
import { odette } from './odette.ts';
import { pengli } from './pengli.ts';
import { pritam } from './pritam.ts';
import { ruairi } from './ruairi.ts';
import { songYang } from './songyang.ts';
import { weina } from './weina.ts';

/**
 * The twelfth held-out set of the retrieval-quality benchmark, and the verdict since set 11 was
 * spent (measured once at d867f60): 20 personas (16 English, 4 Chinese), 12 sessions each, at least 106
 * user messages each, 300 questions (5 single-hop, 2 multi-hop, 2 temporal, 3 updated and 3 off-topic
 * per persona).
 *
 * Written blind on 2026-12-02 by five writers, four personas each (the brief is
 * `../WRITING-HELD-OUT.md`), who read only the format (`FORMAT.md`, `types.ts`, `author.ts`): not the
 * engine (`src/`), the tests, the other datasets, the README or BENCHMARKS.md, nor each other's files.
 * Committed before its first run.
 *
 * Measured once as the verdict at 533b576 (BENCHMARKS.md of 03dcc83), and development data since (its
 * misses were read). It is spent: it no longer judges the engine (a later set, the newest in `../`,
 * does). Do not edit it.
 *
 * @example
 * for (const persona of heldOut12Dataset.personas) console.log(persona.name, persona.questions.length);
 */
export const heldOut12Dataset: Dataset = {
  personas: [
    aurora,
    bram,
    cecily,
    dominik,
    elodie,
    finlay,
    greta,
    henrique,
    isla,
    jiangTao,
    joaquin,
    katya,
    linnea,
    malik,
    odette,
    pengli,
    pritam,
    ruairi,
    songYang,
    weina,
  ],
};
