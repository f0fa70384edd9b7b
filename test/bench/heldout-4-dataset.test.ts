import { heldOut4Dataset } from '../../bench/quality/heldout-4/index.ts';
import { describeHeldOutShape } from './support/heldout-shape.ts';

describeHeldOutShape('held-out set 4', heldOut4Dataset, { minUserMessages: 2_000 });
