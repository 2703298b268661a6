import { useCallback, useEffect, useEffectEvent, useRef } from 'react';

const CHANNEL_NAME = 'under5s-presentation';

interface GotoMessage {
  type: 'goto';
  slide: number;
}

function isGotoMessage(data: unknown): data is GotoMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === 'goto' &&
    Number.isInteger((data as { slide?: unknown }).slide)
  );
}

/**
 * Keeps the audience and presenter windows on the same slide. Each window posts only the moves its own user makes, so
 * two windows cannot bounce a slide back and forth. Browsers without BroadcastChannel simply do not sync.
 */
export function useDeckChannel(onRemoteGoto: (slide: number) => void): (slide: number) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  const handleRemote = useEffectEvent((slide: number) => {
    onRemoteGoto(slide);
  });

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return undefined;
    const opened = new BroadcastChannel(CHANNEL_NAME);
    opened.onmessage = (event: MessageEvent) => {
      if (isGotoMessage(event.data)) handleRemote(event.data.slide);
    };
    channel.current = opened;
    return () => {
      opened.close();
      channel.current = null;
    };
  }, []);

  return useCallback((slide: number) => {
    channel.current?.postMessage({ type: 'goto', slide } satisfies GotoMessage);
  }, []);
}
