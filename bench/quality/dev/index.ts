import type { Dataset } from '../types.ts';
import { adaeze } from './adaeze.ts';
import { agnieszka } from './agnieszka.ts';
import { dimitra } from './dimitra.ts';
import { ethan } from './ethan.ts';
import { fatima } from './fatima.ts';
import { grace } from './grace.ts';
import { ingrid } from './ingrid.ts';
import { joseph } from './joseph.ts';
import { liam } from './liam.ts';
import { liuyang } from './liuyang.ts';
import { meera } from './meera.ts';
import { nomvula } from './nomvula.ts';
import { oliver } from './oliver.ts';
import { rafael } from './rafael.ts';
import { samir } from './samir.ts';
import { sofia } from './sofia.ts';
import { sunmei } from './sunmei.ts';
import { tane } from './tane.ts';
import { wangfang } from './wangfang.ts';
import { zhaolei } from './zhaolei.ts';

/**
 * The development set of the retrieval-quality benchmark, used for tuning the engine: 20 hand-written
 * personas (16 chatting in English, 4 in Chinese), each with about 100 user messages over months of
 * sessions, and their questions (single-hop, multi-hop, temporal, updated facts with their stale statements,
 * off-topic). Held-out sets are written separately, blind, and never used for tuning.
 *
 * @example
 * for (const persona of devDataset.personas) console.log(persona.name, persona.questions.length);
 */
export const devDataset: Dataset = {
  personas: [
    adaeze,
    agnieszka,
    dimitra,
    ethan,
    fatima,
    grace,
    ingrid,
    joseph,
    liam,
    meera,
    nomvula,
    oliver,
    rafael,
    samir,
    sofia,
    tane,
    liuyang,
    sunmei,
    wangfang,
    zhaolei,
  ],
};
