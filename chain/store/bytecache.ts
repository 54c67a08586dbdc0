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
 *
 * The index doubles when half full, and rehashing millions of slots at once stalled a block
 * (104 ms at 4M slots in bench:gov), so the old table stays readable while its slots move to the
 * new one a few per add. The move ends before the new table can fill: a table of S slots grows at
 * S/2 records, and the next growth is S/2 adds later, by when MOVED_PER_ADD × S/2 ≥ S slots moved.
 */
class Generation {
  private readonly chunks: Buffer[] = [];
  private chunk = 0;
  private offset = 0;
  private index = new SlotTable(MIN_SLOTS);
  /** The table being moved into `index` after a growth, or undefined; `moved` of its slots are. */
  private previous: SlotTable | undefined;
  private moved = 0;
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
    let table = this.index;
    let slot = table.find(key);
    if (slot < 0 && this.previous !== undefined) {
      table = this.previous;
      slot = table.find(key);
    }
    if (slot < 0) return undefined;
    const position = table.positions[slot]!;
    const chunk = Math.floor(position / this.chunkBytes);
    const start = position - chunk * this.chunkBytes;
    return this.chunks[chunk]!.subarray(start, start + table.lengths[slot]!);
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
    if ((this.count + 1) * 2 > this.index.slots) this.grow();
    const added = this.index.insert(key, this.chunk * this.chunkBytes + this.offset, bytes.length);
    if (added && (this.previous === undefined || this.previous.find(key) < 0)) this.count += 1;
    this.moveSome(MOVED_PER_ADD);
    this.offset += bytes.length;
    this.usedBytes += bytes.length;
    return stored;
  }

  /** Empties the generation, keeping its memory: the next fill needs the same (no regrowing pauses). */
  clear(): void {
    this.index.clear();
    this.previous = undefined;
    this.chunk = 0;
    this.offset = 0;
    this.count = 0;
    this.usedBytes = 0;
  }

  private grow(): void {
    if (this.previous !== undefined) this.moveSome(this.previous.slots); // not reached, see above
    this.previous = this.index;
    this.index = new SlotTable(this.index.slots * 2);
    this.moved = 0;
  }

  private moveSome(slots: number): void {
    const from = this.previous;
    if (from === undefined) return;
    const end = Math.min(from.slots, this.moved + slots);
    for (let slot = this.moved; slot < end; slot++) {
      const key = from.keys[slot]!;
      if (key !== EMPTY) this.index.insert(key, from.positions[slot]!, from.lengths[slot]!);
    }
    this.moved = end;
    if (end === from.slots) this.previous = undefined;
  }
}

/** Slots of the old index moved to the new one per record added while it grows (≥ 2 suffices). */
const MOVED_PER_ADD = 4;

/** Linear-probing hash table from node key to record position and length. */
class SlotTable {
  readonly keys: Float64Array;
  /** chunk * chunkBytes + offset of each record: below 2^32 while a generation stays under 4 GiB. */
  readonly positions: Uint32Array;
  readonly lengths: Uint32Array;

  constructor(readonly slots: number) {
    this.keys = new Float64Array(slots);
    this.positions = new Uint32Array(slots);
    this.lengths = new Uint32Array(slots);
  }

  /** The slot holding `key`, or -1. */
  find(key: number): number {
    const slot = this.probe(key);
    return this.keys[slot] === key ? slot : -1;
  }

  /**
   * Points `key` at a record unless it is already in the table (a node's bytes never change, so
   * either record will do); true if it was added.
   */
  insert(key: number, position: number, length: number): boolean {
    const slot = this.probe(key);
    if (this.keys[slot] !== EMPTY) return false;
    this.keys[slot] = key;
    this.positions[slot] = position;
    this.lengths[slot] = length;
    return true;
  }

  clear(): void {
    this.keys.fill(EMPTY);
  }

  /** The slot holding `key`, or the empty slot where it would go (the table is never full). */
  private probe(key: number): number {
    const mask = this.slots - 1;
    let slot = slotOf(key, mask);
    while (this.keys[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
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
