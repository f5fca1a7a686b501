/**
 * A deep copy with IndexedDB's own rules (the structured clone algorithm), so the memory store accepts
 * and refuses exactly the meta values the IndexedDB store does. Browsers (windows and workers) and Node
 * ≥ 17 all provide `structuredClone` (declared for the engine in engine/host-globals.d.ts).
 *
 * @example
 *   structuredCopy({ brokers: [1, 2] }); // an equal, unshared object
 *   structuredCopy(() => 1); // throws DataCloneError, as IndexedDB would
 */
export function structuredCopy<T>(value: T): T {
  return structuredClone(value);
}
