import { signalRule } from './signal-rule.js';

/** An account that may sign in without SSO, per its vendor's signals. */
export const ssoBypass = signalRule('sso-bypass', 'medium', 'An account that may sign in without SSO');
