import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';

describe('the Content-Security-Policy', () => {
  it('allows no inline script and no eval', () => {
    const scriptSource = /script-src ([^;]*)/.exec(CONTENT_SECURITY_POLICY)?.[1] ?? '';
    expect(scriptSource).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
  });

  it('is the same in the headers file for hosts, plus frame-ancestors', () => {
    const headers = readFileSync(join(import.meta.dirname, '..', 'public', '_headers'), 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });
});
