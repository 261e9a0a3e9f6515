/**
 * mulberry32: a tiny, fast, seedable PRNG, so a seed always gives the same files.
 * Never Math.random: the generator must be byte-for-byte reproducible.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    // Any finite number is a seed: mix its low and high 32 bits (fmix32 of MurmurHash3).
    const whole = Number.isFinite(seed) ? Math.trunc(seed) : 0;
    let h = (whole >>> 0) ^ Math.imul(Math.floor(whole / 4294967296) >>> 0, 0x9e3779b1) ^ 0x6a09e667;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    this.state = (h ^ (h >>> 16)) >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform in [low, high). */
  between(low: number, high: number): number {
    return low + (high - low) * this.next();
  }

  /** Uniform integer in [low, high], both ends included. */
  int(low: number, high: number): number {
    return low + Math.floor((high - low + 1) * this.next());
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Approximately standard normal (Irwin–Hall with 4 uniforms, rescaled): mean 0, sd 1, |x| ≤ 3.5. */
  normal(): number {
    return (this.next() + this.next() + this.next() + this.next() - 2) * 1.7320508075688772;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (let i = 0; i < items.length; i++) total += items[i][1];
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= items[i][1];
      if (r < 0) return items[i][0];
    }
    return items[items.length - 1][0];
  }
}
