import { heldOut15Dataset } from '../../bench/quality/heldout-15/index.ts';
import { describeHeldOutShape } from './support/heldout-shape.ts';

describeHeldOutShape('held-out set 15', heldOut15Dataset, { minUserMessages: 2_000 });
