#!/usr/bin/env python3
"""pymavlink side of scripts/bench-mavlink: parse-and-decode throughput over the first frames of a stream.

Usage: pymavlink_bench.py FILE [FRAMES] [ROUNDS]

Feeds the bytes of the first FRAMES frames (default 100000) of a MAVLink 2 stream, in 4 KiB
chunks, to `MAVLink.parse_buffer` (pymavlink's pure-Python parser, which decodes every message it returns)
and prints one JSON line like the Swift and C harnesses: the best of ROUNDS rounds, in thread
CPU time (the machine is shared).
"""
import json
import sys
import time

# Bytes per parse_buffer call, as a socket read would deliver them (one huge buffer is
# quadratic in pymavlink: it re-slices its input buffer after every frame).
CHUNK = 4096

from pymavlink.dialects.v20 import common as mavlink


def frame_prefix(data, frames):
    """The byte length of the first `frames` frames (unsigned MAVLink 2 or 1 frames)."""
    off = 0
    for _ in range(frames):
        if off >= len(data):
            break
        magic = data[off]
        length = data[off + 1]
        if magic == 0xFD:
            off += 12 + length + (13 if data[off + 2] & 1 else 0)
        else:
            off += 8 + length
    return off


def main():
    path = sys.argv[1]
    frames = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    with open(path, "rb") as f:
        data = f.read()
    data = data[:frame_prefix(data, frames)]
    best = None
    count = 0
    for _ in range(rounds):
        mav = mavlink.MAVLink(None)
        mav.robust_parsing = True
        t0 = time.thread_time()
        msgs = []
        for i in range(0, len(data), CHUNK):
            got = mav.parse_buffer(data[i:i + CHUNK])
            if got:
                msgs.extend(got)
        t = time.thread_time() - t0
        count = len(msgs)
        bad = sum(1 for m in msgs if m.get_type() == "BAD_DATA")
        if bad:
            raise SystemExit(f"pymavlink rejected {bad} frames")
        best = t if best is None else min(best, t)
    print(json.dumps({"impl": "pymavlink", "op": "parse", "frames": count, "bytes": len(data), "seconds": best,
                      "ns_per_frame": best * 1e9 / count, "mb_per_s": len(data) / best / 1e6}))


if __name__ == "__main__":
    main()
