import { heldOut12Dataset } from '../../bench/quality/heldout-12/index.ts';
import { describeHeldOutShape } from './support/heldout-shape.ts';

describeHeldOutShape('held-out set 12', heldOut12Dataset, { minUserMessages: 2_000 });
