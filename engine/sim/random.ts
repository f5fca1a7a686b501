/**
 * The engine's only source of chance: a seeded PRNG (sfc32, 128-bit state) whose state is plain data,
 * so a snapshot of the simulation carries it and a replay draws the same numbers.
 *
 * @example
 *   const rng = SeededRandom.fromSeed(42);
 *   rng.nextInt(); // a signed 32-bit int, like java.util.Random#nextInt()
 *   rng.nextIntBelow(3); // 0, 1 or 2
 */
export interface RandomState {
  readonly seed: number;
  readonly words: readonly [number, number, number, number];
}

export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  private constructor(
    readonly seed: number,
    words: readonly [number, number, number, number],
  ) {
    [this.a, this.b, this.c, this.d] = words;
  }

  /** Seeds are any 32-bit integers; 12 warm-up draws spread a small seed across the state. */
  static fromSeed(seed: number): SeededRandom {
    if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
    const rng = new SeededRandom(seed, [0x9e3779b9, 0x243f6a88, 0xb7e15162, seed | 0]);
    for (let i = 0; i < 12; i++) rng.nextUint32();
    return rng;
  }

  static fromState(state: RandomState): SeededRandom {
    return new SeededRandom(state.seed, state.words);
  }

  toState(): RandomState {
    return { seed: this.seed, words: [this.a, this.b, this.c, this.d] };
  }

  /** Uniform in [0, 2^32). */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A signed 32-bit int, the shape Kafka's code takes from `Random#nextInt()`. */
  nextInt(): number {
    return this.nextUint32() | 0;
  }

  /** Uniform integer in [0, bound), without modulo bias. */
  nextIntBelow(bound: number): number {
    if (!Number.isInteger(bound) || bound <= 0 || bound > 2 ** 32) {
      throw new RangeError(`bound must be an integer in [1, 2^32], got ${bound}`);
    }
    const limit = 2 ** 32 - (2 ** 32 % bound);
    for (;;) {
      const x = this.nextUint32();
      if (x < limit) return x % bound;
    }
  }

  /** Uniform in [0, 1). */
  nextFloat(): number {
    return this.nextUint32() / 2 ** 32;
  }
}
