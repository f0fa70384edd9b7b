import { heldOut14Dataset } from '../../bench/quality/heldout-14/index.ts';
import { describeHeldOutShape } from './support/heldout-shape.ts';

describeHeldOutShape('held-out set 14', heldOut14Dataset, { minUserMessages: 2_000 });
