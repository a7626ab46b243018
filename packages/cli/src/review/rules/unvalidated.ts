import { signalRule } from './signal-rule.js';

/** An account whose email address was never confirmed, per its vendor's signals. */
export const unvalidated = signalRule('unvalidated', 'low', 'An account whose email address was never confirmed');
