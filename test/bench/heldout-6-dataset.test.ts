import { heldOut6Dataset } from '../../bench/quality/heldout-6/index.ts';
import { describeHeldOutShape } from './support/heldout-shape.ts';

describeHeldOutShape('held-out set 6', heldOut6Dataset, { minUserMessages: 2_000 });
