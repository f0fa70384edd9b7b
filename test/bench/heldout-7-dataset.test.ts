import { heldOut7Dataset } from '../../bench/quality/heldout-7/index.ts';
import { describeHeldOutShape } from './support/heldout-shape.ts';

describeHeldOutShape('held-out set 7', heldOut7Dataset, { minUserMessages: 2_000 });
