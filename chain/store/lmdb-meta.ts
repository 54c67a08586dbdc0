// LMDB's meta pages, read before the database file is handed to LMDB. LMDB maps the file and trusts
// it: a garbage header crashes the process, and a file shorter than the pages its meta records makes
// the first read past the end die of SIGBUS, without a message. Both are checked here instead.
//
// Layout (mdb.c of the LMDB lmdb-js ships, 64-bit builds: pgno_t, txnid_t and mdb_size_t are 64 bits):
// meta page 0 at offset 0 and meta page 1 at offset page_size, each a 24-byte page header
// (mp_pgno u64, mp_txnid u64, mp_pad u16, mp_flags u16, mp_lower/mp_upper u16s) followed by MDB_meta:
//   +0 mm_magic u32 (0xBEEFC0DE)   +4 mm_version u32 (low 16 bits: MDB_DATA_VERSION 2)
//   +8 mm_address u64              +16 mm_mapsize u64
//   +24 mm_dbs[FREE_DBI] (MDB_db, 48 bytes; its md_pad u32 at +24 is mm_psize, the page size)
//   +72 mm_dbs[MAIN_DBI] (48 bytes)
//   +120 mm_last_pg u64 (the last page in use)   +128 mm_txnid u64 (the transaction that wrote it)
// LMDB uses the meta with the larger txnid (mdb_pick_meta), and every page up to mm_last_pg is in the
// file (the mapsize check in mdb_env_open2 uses the same (mm_last_pg + 1) * mm_psize).
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

const PAGE_HEADER = 24;
const P_META = 0x08;
const MDB_MAGIC = 0xbeefc0de;
const MDB_DATA_VERSION = 2;
const MIN_PAGE_SIZE = 512;
const MAX_PAGE_SIZE = 0x10000;
/** How much of a meta page is read: the page header and MDB_meta up to mm_txnid. */
const META_BYTES = PAGE_HEADER + 136;

const FLAGS = 18;
const MAGIC = PAGE_HEADER + 0;
const VERSION = PAGE_HEADER + 4;
const PAGE_SIZE = PAGE_HEADER + 24;
const LAST_PAGE = PAGE_HEADER + 120;
const TXN_ID = PAGE_HEADER + 128;

export interface LmdbMeta {
  pageSize: number;
  /** mm_last_pg: the file must hold pages 0..lastPage. */
  lastPage: bigint;
  txnId: bigint;
}

export class LmdbHeaderError extends Error {
  override name = "LmdbHeaderError";
}

/** One meta page's fields; throws LmdbHeaderError when it is not an LMDB meta page. */
function metaAt(bytes: Uint8Array, offset: number): LmdbMeta {
  if (bytes.length < offset + META_BYTES) throw new LmdbHeaderError("no valid LMDB header");
  const view = Buffer.from(bytes.buffer, bytes.byteOffset + offset, META_BYTES);
  if ((view.readUInt16LE(FLAGS) & P_META) === 0 || view.readUInt32LE(MAGIC) !== MDB_MAGIC) {
    throw new LmdbHeaderError("no valid LMDB header");
  }
  const version = view.readUInt32LE(VERSION) & 0xffff;
  if (version !== MDB_DATA_VERSION) throw new LmdbHeaderError(`LMDB data version ${version}, not ${MDB_DATA_VERSION}`);
  const pageSize = view.readUInt32LE(PAGE_SIZE);
  if (pageSize < MIN_PAGE_SIZE || pageSize > MAX_PAGE_SIZE || (pageSize & (pageSize - 1)) !== 0) {
    throw new LmdbHeaderError(`LMDB page size ${pageSize} is not a power of two from ${MIN_PAGE_SIZE} to ${MAX_PAGE_SIZE}`);
  }
  return { pageSize, lastPage: view.readBigUInt64LE(LAST_PAGE), txnId: view.readBigUInt64LE(TXN_ID) };
}

/**
 * The current meta of an LMDB file from its first bytes (through meta page 1): page 0 gives the page
 * size, which places page 1; the one with the larger txnid is current.
 */
export function readLmdbMeta(bytes: Uint8Array): LmdbMeta {
  const first = metaAt(bytes, 0);
  const second = metaAt(bytes, first.pageSize);
  if (second.pageSize !== first.pageSize) {
    throw new LmdbHeaderError(`LMDB meta pages disagree on the page size (${first.pageSize} and ${second.pageSize})`);
  }
  return first.txnId >= second.txnId ? first : second;
}

/**
 * What is wrong with the LMDB data file `file` for LMDB to open it safely, or undefined when nothing
 * is: both meta pages valid, and the file as long as the pages the current meta records.
 */
export function lmdbFileProblem(file: string): string | undefined {
  const head = Buffer.alloc(MAX_PAGE_SIZE + META_BYTES);
  let read: number;
  let size: number;
  const fd = openSync(file, "r");
  try {
    size = fstatSync(fd).size;
    read = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  let meta: LmdbMeta;
  try {
    meta = readLmdbMeta(head.subarray(0, read));
  } catch (err) {
    if (err instanceof LmdbHeaderError) return `${file} has ${err.message}`;
    throw err;
  }
  const needed = (meta.lastPage + 1n) * BigInt(meta.pageSize);
  if (BigInt(size) < needed) {
    return (
      `${file} is truncated: it is ${size} bytes, but its LMDB metadata (transaction ${meta.txnId}) uses ` +
      `${meta.lastPage + 1n} pages of ${meta.pageSize} bytes (${needed} bytes)`
    );
  }
  return undefined;
}
