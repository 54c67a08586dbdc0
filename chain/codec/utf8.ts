// Well-formed UTF-8 (RFC 3629, as Go's utf8.Valid and protobuf's proto3 string check): no overlong
// forms, no surrogates (U+D800–U+DFFF), nothing above U+10FFFF, no truncated sequences.

/** Whether bytes[start, end) is well-formed UTF-8. */
export function isValidUtf8(bytes: Uint8Array, start = 0, end = bytes.length): boolean {
  let i = start;
  while (i < end) {
    const b0 = bytes[i]!;
    if (b0 < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let min: number; // lowest allowed second byte (rules out overlong forms)
    let max: number; // highest allowed second byte (rules out surrogates and > U+10FFFF)
    if (b0 >= 0xc2 && b0 <= 0xdf) [length, min, max] = [2, 0x80, 0xbf];
    else if (b0 === 0xe0) [length, min, max] = [3, 0xa0, 0xbf];
    else if (b0 >= 0xe1 && b0 <= 0xec) [length, min, max] = [3, 0x80, 0xbf];
    else if (b0 === 0xed) [length, min, max] = [3, 0x80, 0x9f];
    else if (b0 >= 0xee && b0 <= 0xef) [length, min, max] = [3, 0x80, 0xbf];
    else if (b0 === 0xf0) [length, min, max] = [4, 0x90, 0xbf];
    else if (b0 >= 0xf1 && b0 <= 0xf3) [length, min, max] = [4, 0x80, 0xbf];
    else if (b0 === 0xf4) [length, min, max] = [4, 0x80, 0x8f];
    else return false;
    if (i + length > end) return false;
    const b1 = bytes[i + 1]!;
    if (b1 < min || b1 > max) return false;
    for (let k = 2; k < length; k++) {
      const b = bytes[i + k]!;
      if (b < 0x80 || b > 0xbf) return false;
    }
    i += length;
  }
  return true;
}
