import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reportSiteReachable, useOnline } from './update-notice';

describe('useOnline', () => {
  it('is false once the service worker could not reach the site, even while the browser says it is online', () => {
    const { result } = renderHook(() => useOnline());
    expect(result.current).toBe(true);
    act(() => reportSiteReachable(false));
    expect(result.current).toBe(false);
    act(() => reportSiteReachable(true));
    expect(result.current).toBe(true);
  });

  it('forgets a failed check when the browser comes back online', () => {
    const { result } = renderHook(() => useOnline());
    act(() => reportSiteReachable(false));
    expect(result.current).toBe(false);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(result.current).toBe(true);
  });
});
