// The one place the app takes zod from (lint enforces it in src/domain).
// eslint-disable-next-line no-restricted-imports -- this module is the sanctioned way in
import { z } from 'zod';

// zod compiles fast object checks with `new Function` when it can, and probes for that by trying one. The strict
// Content-Security-Policy forbids it, and Chromium reports the probe as a violation even though zod catches the error.
// Set before any schema is built (importing `z` from here runs this first); checks run the same, without the probe.
z.config({ jitless: true });

export { z };
