import { describe, expect, it } from "vitest";
import { Request, Response } from "cosmjs-types/tendermint/abci/types";
import { FrameDecoder, FrameError, encodeFrame } from "./framing.js";

describe("ABCI framing", () => {
  it("matches CometBFT's bytes for Flush and Commit", () => {
    expect(encodeFrame(Request.encode({ flush: {} }).finish()).toString("hex")).toBe("021200");
    expect(encodeFrame(Response.encode({ flush: {} }).finish()).toString("hex")).toBe("021a00");
    expect(encodeFrame(Response.encode({ commit: { retainHeight: 0n } }).finish()).toString("hex")).toBe("026200");
    expect(encodeFrame(Response.encode({ processProposal: { status: 1 } }).finish()).toString("hex")).toBe("05" + "9201020801");
  });

  it("uses an unsigned varint prefix (not v0.34's zig-zag) for long frames", () => {
    const frame = encodeFrame(new Uint8Array(300));
    expect(frame.subarray(0, 2).toString("hex")).toBe("ac02");
    expect(frame.length).toBe(302);
  });

  it("splits coalesced frames and joins partial ones", () => {
    const a = encodeFrame(Buffer.from("first"));
    const b = encodeFrame(Buffer.alloc(1000, 7));
    const c = encodeFrame(Buffer.from("third"));
    const stream = Buffer.concat([a, b, c]);
    for (const chunkSize of [1, 2, 3, 7, 64, stream.length]) {
      const decoder = new FrameDecoder();
      const frames: Buffer[] = [];
      for (let i = 0; i < stream.length; i += chunkSize) frames.push(...decoder.push(stream.subarray(i, i + chunkSize)));
      expect(frames.map((f) => f.length)).toEqual([5, 1000, 5]);
      expect(frames[0]!.toString()).toBe("first");
      expect(frames[2]!.toString()).toBe("third");
      expect(decoder.pendingBytes).toBe(0);
    }
  });

  it("accepts an empty frame and multi-megabyte frames", () => {
    const decoder = new FrameDecoder();
    const big = Buffer.alloc(5 * 1024 * 1024, 1);
    const frames = decoder.push(Buffer.concat([encodeFrame(new Uint8Array(0)), encodeFrame(big)]));
    expect(frames.map((f) => f.length)).toEqual([0, big.length]);
  });

  it("reports bytes of a truncated frame", () => {
    const decoder = new FrameDecoder();
    expect(decoder.push(encodeFrame(Buffer.alloc(100)).subarray(0, 50))).toEqual([]);
    expect(decoder.pendingBytes).toBe(49);
  });

  it("rejects an oversized length before buffering the body", () => {
    const decoder = new FrameDecoder(1024);
    expect(() => decoder.push(encodeFrame(Buffer.alloc(2048)).subarray(0, 3))).toThrow(FrameError);
  });

  it("rejects a length prefix longer than 10 bytes", () => {
    const decoder = new FrameDecoder();
    expect(() => decoder.push(Buffer.alloc(11, 0xff))).toThrow(/malformed length prefix/);
  });
});
