// Encoded tree nodes kept outside V8's heap. Every decoded node is a handful of heap objects, and a
// major GC marks each of them: half a million cached nodes made a mark phase take 300 ms, stalling
// whichever block it landed in. Here the same nodes are a few large buffers and typed arrays (one
// heap object each, their memory external), so caching more costs the collector nothing; a hit is
// a hash probe and a decode instead of a database read.
//
// Two generations of at most capacity/2 bytes each: writes go to the hot one; when it is full the
// cold one is dropped and the hot one becomes cold. A hit in the cold generation is copied back to
// the hot one, so what is read keeps being kept. Nothing is ever removed otherwise: node keys are
// never reused, and a pruned node is never asked for again (its versions are refused first).

/** Largest buffer a generation's bytes are stored in. */
const MAX_CHUNK_BYTES = 8 * 2 ** 20;
/** Record positions within a generation are 32-bit. */
export const MAX_CAPACITY_BYTES = 2 * (2 ** 32 - MAX_CHUNK_BYTES);
const EMPTY = 0; // node keys start at 1
const MIN_SLOTS = 1 << 12;

export class EncodedNodeCache {
  private hot: Generation;
  private cold: Generation;

  /**
   * `capacityBytes`: at most this many bytes of encoded nodes are held; 0 disables the cache.
   * `maxChunkBytes`: the size of the buffers records are stored in (smaller only in tests).
   */
  constructor(capacityBytes: number, maxChunkBytes = MAX_CHUNK_BYTES) {
    if (!Number.isSafeInteger(capacityBytes) || capacityBytes < 0 || capacityBytes > MAX_CAPACITY_BYTES) {
      throw new RangeError(`the encoded node cache capacity must be an integer from 0 to ${MAX_CAPACITY_BYTES}, not ${capacityBytes}`);
    }
    const generationBytes = Math.floor(capacityBytes / 2);
    const chunkBytes = Math.min(maxChunkBytes, generationBytes);
    const chunks = chunkBytes === 0 ? 0 : Math.floor(generationBytes / chunkBytes);
    this.hot = new Generation(chunkBytes, chunks);
    this.cold = new Generation(chunkBytes, chunks);
  }

  /**
   * The encoded node with this key, or undefined. The returned view is valid only until the next
   * call that adds to the cache (`put`, or another `get`): decode or copy it first.
   */
  get(key: number): Uint8Array | undefined {
    const hit = this.hot.view(key);
    if (hit !== undefined) return hit;
    const old = this.cold.view(key);
    if (old === undefined) return undefined;
    if (this.hot.fits(old.length)) return this.hot.add(key, old);
    // Rotating reuses the cold generation's memory, which `old` points into.
    const copy = Uint8Array.from(old);
    this.rotate();
    return this.hot.add(key, copy);
  }

  /** Keeps a copy of `bytes` as the node with this key (records too large for one chunk are not kept). */
  put(key: number, bytes: Uint8Array): void {
    if (bytes.length === 0 || bytes.length > this.hot.chunkBytes) return;
    if (!this.hot.fits(bytes.length)) this.rotate();
    this.hot.add(key, bytes);
  }

  /** Nodes held (a node may be counted in both generations). */
  get size(): number {
    return this.hot.count + this.cold.count;
  }

  /** Bytes of node records held. */
  get bytes(): number {
    return this.hot.usedBytes + this.cold.usedBytes;
  }

  private rotate(): void {
    const dropped = this.cold;
    dropped.clear();
    this.cold = this.hot;
    this.hot = dropped;
  }
}

/**
 * One generation: records appended to chunks (allocated as they fill, kept across clears), found
 * through an open-addressing hash index in typed arrays. Keys are doubles so keys above 2^32 work.
 */
class Generation {
  private readonly chunks: Buffer[] = [];
  private chunk = 0;
  private offset = 0;
  private slots = MIN_SLOTS;
  private keys = new Float64Array(MIN_SLOTS);
  /** chunk * chunkBytes + offset of each record: below 2^32 while a generation stays under 4 GiB. */
  private positions = new Uint32Array(MIN_SLOTS);
  private lengths = new Uint32Array(MIN_SLOTS);
  count = 0;
  usedBytes = 0;

  constructor(
    readonly chunkBytes: number,
    private readonly maxChunks: number,
  ) {}

  fits(length: number): boolean {
    return this.offset + length <= this.chunkBytes || this.chunk + 1 < this.maxChunks;
  }

  view(key: number): Uint8Array | undefined {
    const mask = this.slots - 1;
    for (let slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
      const found = this.keys[slot]!;
      if (found === EMPTY) return undefined;
      if (found === key) {
        const position = this.positions[slot]!;
        const chunk = Math.floor(position / this.chunkBytes);
        const start = position - chunk * this.chunkBytes;
        return this.chunks[chunk]!.subarray(start, start + this.lengths[slot]!);
      }
    }
  }

  /** Appends a record (the caller has checked `fits`) and returns the stored view. */
  add(key: number, bytes: Uint8Array): Uint8Array {
    if (this.offset + bytes.length > this.chunkBytes) {
      this.chunk += 1;
      this.offset = 0;
    }
    const buffer = (this.chunks[this.chunk] ??= Buffer.allocUnsafeSlow(this.chunkBytes));
    buffer.set(bytes, this.offset);
    const stored = buffer.subarray(this.offset, this.offset + bytes.length);
    if ((this.count + 1) * 2 > this.slots) this.grow();
    this.insert(key, this.chunk * this.chunkBytes + this.offset, bytes.length);
    this.offset += bytes.length;
    this.usedBytes += bytes.length;
    return stored;
  }

  /** Empties the generation, keeping its memory: the next fill needs the same (no regrowing pauses). */
  clear(): void {
    this.keys.fill(EMPTY);
    this.chunk = 0;
    this.offset = 0;
    this.count = 0;
    this.usedBytes = 0;
  }

  /** Records a key's place; a key already present is repointed (its bytes are the same). */
  private insert(key: number, position: number, length: number): void {
    const mask = this.slots - 1;
    let slot = slotOf(key, mask);
    while (this.keys[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & mask;
    if (this.keys[slot] === EMPTY) this.count += 1;
    this.keys[slot] = key;
    this.positions[slot] = position;
    this.lengths[slot] = length;
  }

  private grow(): void {
    const { keys, positions, lengths } = this;
    this.slots *= 2;
    this.keys = new Float64Array(this.slots);
    this.positions = new Uint32Array(this.slots);
    this.lengths = new Uint32Array(this.slots);
    this.count = 0;
    for (let slot = 0; slot < keys.length; slot++) {
      if (keys[slot] !== EMPTY) this.insert(keys[slot]!, positions[slot]!, lengths[slot]!);
    }
  }
}

/**
 * Multiplying by an odd constant permutes the low bits, so any run of consecutive keys (one
 * commit's nodes) lands in distinct, scattered slots; the high half is folded in for keys >= 2^32.
 */
function slotOf(key: number, mask: number): number {
  const low = key >>> 0;
  const high = Math.floor(key / 2 ** 32);
  return Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) & mask;
}
