import { heldOut18Dataset } from '../../bench/quality/heldout-18/index.ts';
import { describeHeldOutShape } from './support/heldout-shape.ts';

describeHeldOutShape('held-out set 18', heldOut18Dataset, { minUserMessages: 2_000 });
