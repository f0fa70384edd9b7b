import { heldOut8Dataset } from '../../bench/quality/heldout-8/index.ts';
import { describeHeldOutShape } from './support/heldout-shape.ts';

describeHeldOutShape('held-out set 8', heldOut8Dataset, { minUserMessages: 2_000 });
