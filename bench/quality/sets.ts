import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataset as oldDevelopment } from './dataset.ts';
import { heldOutDataset as oldHeldOut } from './dataset-heldout.ts';
import type { Dataset, Persona, QuestionKind } from './types.ts';

// The question sets of the quality bench. The development set is written in parts (one file per
// persona under dev/), so it is read from the folder; the held-out set is imported by its index only,
// and only when asked for: it is never loaded while tuning.

const isPersona = (value: unknown): value is Persona =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Persona).user_id === 'string' &&
  Array.isArray((value as Persona).sessions) &&
  Array.isArray((value as Persona).questions);

/**
 * The development set (`bench/quality/dev/`, used for tuning): every persona exported by a file there,
 * in file-name order.
 *
 * @example
 * const development = await loadDevelopmentSet();
 */
export async function loadDevelopmentSet(): Promise<Dataset> {
  const folder = new URL('./dev/', import.meta.url);
  if (!existsSync(fileURLToPath(folder))) return { personas: [] };
  const files = readdirSync(fileURLToPath(folder))
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && !name.endsWith('.test.ts'))
    .sort();
  const personas: Persona[] = [];
  for (const name of files) {
    const module = (await import(new URL(name, folder).href)) as Record<string, unknown>;
    personas.push(...Object.values(module).filter(isPersona));
  }
  return { personas };
}

/** Where the blind held-out set lives; its figures are the verdict. */
export const HELD_OUT_INDEX = new URL('./heldout-18/index.ts', import.meta.url);

/**
 * The blind held-out set (`bench/quality/heldout-18/index.ts`, export `heldOut18Dataset`), or undefined
 * while it has not been committed. Loaded only by a run that measures it.
 *
 * @example
 * const heldOut = await loadHeldOutSet(); // undefined until the file exists
 */
export async function loadHeldOutSet(): Promise<Dataset | undefined> {
  if (!existsSync(fileURLToPath(HELD_OUT_INDEX))) return undefined;
  const module = (await import(HELD_OUT_INDEX.href)) as { heldOut18Dataset?: Dataset };
  if (!module.heldOut18Dataset)
    throw new Error(`${fileURLToPath(HELD_OUT_INDEX)} does not export heldOut18Dataset`);
  return module.heldOut18Dataset;
}

/**
 * The spent held-out sets, development data since their one run as the verdict: set 2
 * (`bench/quality/heldout-2/`, measured at 7c5018c, BENCHMARKS.md of 9d377b5), set 3
 * (`bench/quality/heldout-3/`, measured at 99c9887, BENCHMARKS.md of fa35dbe), set 4
 * (`bench/quality/heldout-4/`, measured at 25c8793, BENCHMARKS.md of 9e6af32), set 5
 * (`bench/quality/heldout-5/`, measured at f3d2045, BENCHMARKS.md of 928cf56), set 6
 * (`bench/quality/heldout-6/`, measured at 217b5da, BENCHMARKS.md of 1e878a9), set 7
 * (`bench/quality/heldout-7/`, measured at 7d0fc43, BENCHMARKS.md of 07b01d7), set 8
 * (`bench/quality/heldout-8/`, measured at b0b7167, BENCHMARKS.md of 5e1f0da), set 9
 * (`bench/quality/heldout-9/`, measured at c24ab7e, BENCHMARKS.md of 888fae5), set 10
 * (`bench/quality/heldout-10/`, measured at dc9554d, BENCHMARKS.md of f4ba5f9), set 11
 * (`bench/quality/heldout-11/`, measured at d867f60, BENCHMARKS.md of 2133b5f), set 12
 * (`bench/quality/heldout-12/`, measured at 533b576, BENCHMARKS.md of 03dcc83), set 13
 * (`bench/quality/heldout-13/`, measured at 2429c40, BENCHMARKS.md of a01ec3e), set 14
 * (`bench/quality/heldout-14/`, measured at 1615b38, BENCHMARKS.md of f1b83c2), set 15
 * (`bench/quality/heldout-15/`, measured at 660a88b, BENCHMARKS.md of c9cb0f4), set 16
 * (`bench/quality/heldout-16/`, measured at 22e2fd1, BENCHMARKS.md of 1d1bef4) and set 17
 * (`bench/quality/heldout-17/`, measured at b413756, BENCHMARKS.md of b7a10f8). Their misses were read
 * to improve the engine, so they no longer judge it.
 *
 * @example
 * for (const { label, dataset } of await loadSpentHeldOutSets()) console.log(label, dataset.personas.length);
 */
export async function loadSpentHeldOutSets(): Promise<{ label: string; path: string; dataset: Dataset }[]> {
  return Promise.all(
    SPENT.map(async ({ set, measuredAt }) => {
      const path = `./heldout-${set}/index.ts`;
      const module = (await import(path)) as Record<string, Dataset | undefined>;
      const dataset = module[`heldOut${set}Dataset`];
      if (!dataset)
        throw new Error(`bench/quality/heldout-${set}/index.ts does not export heldOut${set}Dataset`);
      return {
        label: `held-out set ${set} (measured once at ${measuredAt}; development data since)`,
        path: `bench/quality/heldout-${set}/`,
        dataset,
      };
    }),
  );
}

/** The spent sets and the commit each was measured at, in the order they were the verdict. */
const SPENT: readonly { set: number; measuredAt: string }[] = [
  { set: 2, measuredAt: '7c5018c' },
  { set: 3, measuredAt: '99c9887' },
  { set: 4, measuredAt: '25c8793' },
  { set: 5, measuredAt: 'f3d2045' },
  { set: 6, measuredAt: '217b5da' },
  { set: 7, measuredAt: '7d0fc43' },
  { set: 8, measuredAt: 'b0b7167' },
  { set: 9, measuredAt: 'c24ab7e' },
  { set: 10, measuredAt: 'dc9554d' },
  { set: 11, measuredAt: 'd867f60' },
  { set: 12, measuredAt: '533b576' },
  { set: 13, measuredAt: '2429c40' },
  { set: 14, measuredAt: '1615b38' },
  { set: 15, measuredAt: '660a88b' },
  { set: 16, measuredAt: '22e2fd1' },
  { set: 17, measuredAt: 'b413756' },
];

// The first format's kinds: "stable" and "indirect" questions are answered by one statement.
const CONVERTED_KIND: Partial<Record<QuestionKind, QuestionKind>> = {
  stable: 'single-hop',
  indirect: 'single-hop',
};

/**
 * The first two sets (11 personas: the old development set and the old held-out set, whose figures
 * were quoted while tuning, so neither is blind), converted to the current kinds and kept as extra
 * development data. Their questions speak of the user in the third person and their updated questions
 * name no stale statement, so they score as single-hop.
 *
 * @example
 * legacySet().personas.length; // 11
 */
export function legacySet(): Dataset {
  return {
    personas: [...oldDevelopment.personas, ...oldHeldOut.personas].map((persona) => ({
      ...persona,
      questions: persona.questions.map((question) => ({
        ...question,
        kind: CONVERTED_KIND[question.kind] ?? question.kind,
      })),
    })),
  };
}
