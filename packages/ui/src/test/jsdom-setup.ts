import { configure } from '@testing-library/dom';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
import { mediaQueries } from './media-queries';

/** What antd and react-router ask of a browser and jsdom lacks; a no-op in node tests. */
if (typeof window !== 'undefined') {
  globalThis.TextEncoder ??= NodeTextEncoder as typeof TextEncoder;
  globalThis.TextDecoder ??= NodeTextDecoder as typeof TextDecoder;
  window.matchMedia ??= mediaQueries(() => false);
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  window.scrollTo = () => undefined;
  // antd's Form (rc-form) runs its watchers in a macrotask posted through a MessageChannel.
  globalThis.MessageChannel ??= class {
    readonly port1: { onmessage: ((event: { data: unknown }) => void) | null } = { onmessage: null };
    readonly port2 = { postMessage: (data: unknown) => setTimeout(() => this.port1.onmessage?.({ data })) };
  } as unknown as typeof MessageChannel;
}

// A loaded two-core CI machine renders antd forms slowly; waiting longer costs nothing when they are fast.
configure({ asyncUtilTimeout: 10_000 });
