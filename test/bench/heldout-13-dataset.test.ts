import { heldOut13Dataset } from '../../bench/quality/heldout-13/index.ts';
import { describeHeldOutShape } from './support/heldout-shape.ts';

describeHeldOutShape('held-out set 13', heldOut13Dataset, { minUserMessages: 2_000 });
