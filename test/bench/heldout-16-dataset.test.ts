import { heldOut16Dataset } from '../../bench/quality/heldout-16/index.ts';
import { describeHeldOutShape } from './support/heldout-shape.ts';

describeHeldOutShape('held-out set 16', heldOut16Dataset, { minUserMessages: 2_000 });
