import { heldOut5Dataset } from '../../bench/quality/heldout-5/index.ts';
import { describeHeldOutShape } from './support/heldout-shape.ts';

describeHeldOutShape('held-out set 5', heldOut5Dataset, { minUserMessages: 2_000 });
