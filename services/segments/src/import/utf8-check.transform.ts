import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';

const NEWLINE = 0x0a;

/** Length of a trailing, possibly incomplete UTF-8 sequence (0–3 bytes) to carry to the next chunk. */
function incompleteTailLength(buf: Buffer): number {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const byte = buf[buf.length - back];
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

function countNewlines(buf: Buffer, end = buf.length): number {
  let n = 0;
  let at = buf.indexOf(NEWLINE);
  while (at !== -1 && at < end) {
    n++;
    at = buf.indexOf(NEWLINE, at + 1);
  }
  return n;
}

/** Offset of the first byte that makes `buf` invalid UTF-8 (only called once a chunk failed). */
function firstInvalidOffset(buf: Buffer): number {
  let lo = 0;
  let hi = buf.length;
  // The longest valid prefix, found by bisection on whole-character boundaries.
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    const cut = mid - incompleteTailLength(buf.subarray(0, mid));
    if (isUtf8(buf.subarray(0, cut))) lo = cut;
    else hi = mid;
  }
  return lo;
}

export class NotUtf8Error extends Error {
  constructor(readonly line: number) {
    super(`line ${line}: the file is not valid UTF-8 (save it as "CSV UTF-8")`);
  }
}

/**
 * Passes bytes through unchanged while checking they are UTF-8 (natively, chunk by
 * chunk), dropping a leading byte-order mark, and counting lines and bytes for progress.
 */
export class Utf8CheckTransform extends Transform {
  bytes = 0;
  lines = 0;
  private carry: Buffer = Buffer.alloc(0);
  private first = true;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    let buf = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    if (this.first) {
      this.first = false;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    const tail = incompleteTailLength(buf);
    const complete = buf.subarray(0, buf.length - tail);
    this.carry = Buffer.from(buf.subarray(buf.length - tail));
    if (!isUtf8(complete)) {
      const offset = firstInvalidOffset(complete);
      done(new NotUtf8Error(this.lines + countNewlines(complete, offset) + 1));
      return;
    }
    this.lines += countNewlines(complete);
    done(null, complete);
  }

  override _flush(done: TransformCallback): void {
    if (this.carry.length > 0) {
      done(new NotUtf8Error(this.lines + 1));
      return;
    }
    done();
  }
}
