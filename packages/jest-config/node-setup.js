// Every test process signs and verifies its tokens with a secret of its own: there is no
// constant secret anywhere in the repo. A platform started by a test (e2e, bench) makes its own.
const { randomBytes } = require('node:crypto');

if (!process.env.JWT_SECRET) process.env.JWT_SECRET = randomBytes(32).toString('base64url');
