import { heldOut2Dataset } from '../../bench/quality/heldout-2/index.ts';
import { describeHeldOutShape } from './support/heldout-shape.ts';

// The second held-out set (spent at 7c5018c, development data since): 1,929 user messages, under the
// 2,000 the issue asks for, which is one reason a third set was written.
describeHeldOutShape('held-out set 2', heldOut2Dataset, { minUserMessages: 1_900 });
