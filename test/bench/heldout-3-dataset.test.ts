import { heldOut3Dataset } from '../../bench/quality/heldout-3/index.ts';
import { describeHeldOutShape } from './support/heldout-shape.ts';

describeHeldOutShape('held-out set 3', heldOut3Dataset, { minUserMessages: 2_000 });
