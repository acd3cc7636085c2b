import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

/** What antd and react-router ask of a browser and jsdom lacks; a no-op in node tests. */
if (typeof window !== 'undefined') {
  globalThis.TextEncoder ??= NodeTextEncoder as typeof TextEncoder;
  globalThis.TextDecoder ??= NodeTextDecoder as typeof TextDecoder;
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  window.scrollTo = () => undefined;
}
