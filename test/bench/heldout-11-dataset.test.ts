import { heldOut11Dataset } from '../../bench/quality/heldout-11/index.ts';
import { describeHeldOutShape } from './support/heldout-shape.ts';

describeHeldOutShape('held-out set 11', heldOut11Dataset, { minUserMessages: 2_000 });
