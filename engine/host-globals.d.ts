// The few host globals the pure engine may use. Both browsers (window and workers) and Node provide
// them; the engine's tsconfig leaves out the DOM library, so they are declared here by hand — and
// nothing else from the host is visible to engine code.

interface TextEncoder {
  encode(input?: string): Uint8Array;
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}
declare var TextEncoder: { prototype: TextEncoder; new (): TextEncoder };

interface TextDecoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder;
};

/** Deep copy by the structured clone algorithm (what IndexedDB and postMessage use). */
declare function structuredClone<T>(value: T): T;
