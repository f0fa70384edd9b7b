import { heldOut17Dataset } from '../../bench/quality/heldout-17/index.ts';
import { describeHeldOutShape } from './support/heldout-shape.ts';

describeHeldOutShape('held-out set 17', heldOut17Dataset, { minUserMessages: 2_000 });
