import { heldOut9Dataset } from '../../bench/quality/heldout-9/index.ts';
import { describeHeldOutShape } from './support/heldout-shape.ts';

describeHeldOutShape('held-out set 9', heldOut9Dataset, { minUserMessages: 2_000 });
