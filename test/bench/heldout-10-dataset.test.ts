import { heldOut10Dataset } from '../../bench/quality/heldout-10/index.ts';
import { describeHeldOutShape } from './support/heldout-shape.ts';

describeHeldOutShape('held-out set 10', heldOut10Dataset, { minUserMessages: 2_000 });
