/**
 * The seeded generator of the Monte Carlo: sfc32 seeded through splitmix32. Only 32-bit integer
 * operations (Math.imul, shifts, >>> 0), so a seed gives the same stream on every machine and engine;
 * Math.random is never used because the seed is stored with the case and must reproduce its numbers.
 */

export interface Prng {
  /** Uniform in the open interval (0, 1): never 0, so log(u) is always finite. */
  next(): number;
}

/** The largest seed: seeds are stored as whole numbers in 0..2^32 − 1. */
export const MAX_SEED = 0xffffffff;

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createPrng(seed: number): Prng {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  // A few rounds first so close seeds (1, 2, 3…) give unrelated streams from the first draw.
  const step = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) step();
  return { next: () => (step() + 0.5) / 4294967296 };
}
