// ABCI socket framing (CometBFT v0.37+): every message is uvarint(length) ‖ protobuf bytes.
// The decoder buffers partial frames and splits coalesced ones; it rejects a malformed or
// oversized length prefix before buffering the body.

export class FrameError extends Error {
  override name = "FrameError";
}

/** CometBFT accepts frames up to MaxInt32; we cap lower to bound memory (genesis and 21 MB blocks fit). */
export const DEFAULT_MAX_FRAME_BYTES = 256 * 1024 * 1024;

const MAX_PREFIX_BYTES = 10;

export function encodeFrame(message: Uint8Array): Buffer {
  const prefix: number[] = [];
  let n = message.length;
  while (n >= 0x80) {
    prefix.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  prefix.push(n);
  const out = Buffer.allocUnsafe(prefix.length + message.length);
  out.set(prefix, 0);
  out.set(message, prefix.length);
  return out;
}

export class FrameDecoder {
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Body length of the frame being assembled, once its prefix is complete. */
  private expected: number | undefined;

  constructor(private readonly maxFrameBytes = DEFAULT_MAX_FRAME_BYTES) {}

  /** Feeds received bytes; returns the complete frames they finish, in order. Throws FrameError. */
  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const frames: Buffer[] = [];
    for (;;) {
      if (this.expected === undefined) {
        const prefix = this.readPrefix();
        if (prefix === undefined) break;
        this.expected = prefix;
      }
      if (this.buffered < this.expected) break;
      frames.push(this.take(this.expected));
      this.expected = undefined;
    }
    return frames;
  }

  /** Bytes received but not yet part of a complete frame (non-zero at close means truncation). */
  get pendingBytes(): number {
    return this.buffered;
  }

  private readPrefix(): number | undefined {
    let value = 0;
    let scale = 1;
    let index = 0;
    for (const chunk of this.chunks) {
      for (const byte of chunk) {
        value += (byte & 0x7f) * scale;
        index++;
        if (byte < 0x80) {
          if (value > this.maxFrameBytes) {
            throw new FrameError(`frame of ${value} bytes exceeds the ${this.maxFrameBytes}-byte limit`);
          }
          this.take(index);
          return value;
        }
        if (index >= MAX_PREFIX_BYTES) throw new FrameError("malformed length prefix (varint longer than 10 bytes)");
        scale *= 0x80;
      }
    }
    return undefined;
  }

  /** Removes and returns the first `n` buffered bytes. */
  private take(n: number): Buffer {
    const first = this.chunks[0];
    if (first !== undefined && first.length >= n) {
      const out = first.subarray(0, n);
      if (first.length === n) this.chunks.shift();
      else this.chunks[0] = first.subarray(n);
      this.buffered -= n;
      return out;
    }
    const all = Buffer.concat(this.chunks);
    const out = all.subarray(0, n);
    this.chunks = all.length > n ? [all.subarray(n)] : [];
    this.buffered -= n;
    return out;
  }
}
