#!/usr/bin/env python3
"""pymavlink as a test peer for Swiftlet's MAVLink codec.

  catalog                      one JSON line per message pymavlink knows: id, name, crc_extra
  encode --out F --json J      random values for every message, encoded by pymavlink into F;
                               J gets one line per frame: {"id","seq","data"} (data as mavlogdump)
  decode --in F                parse a byte stream written by Swift; one JSON line per message

Options: --version 1|2, --seed N, --key HEX (sign / require signatures), --sys N --comp N.
"""
import argparse
import json
import random
import struct
import sys


def dialect(version):
    if version == 1:
        from pymavlink.dialects.v10 import ardupilotmega as d
    else:
        from pymavlink.dialects.v20 import ardupilotmega as d
    return d


def as_data(msg):
    """The message's fields as mavlogdump --format json prints them."""
    d = msg.to_dict()
    del d["mavpackettype"]
    for k, v in list(d.items()):
        if isinstance(v, (bytes, bytearray)):
            d[k] = v.decode(errors="backslashreplace")
        elif not isinstance(v, (int, float, str)):
            d[k] = list(v)
    return d


INT_RANGES = {
    "int8_t": (-128, 127), "uint8_t": (0, 255), "int16_t": (-32768, 32767), "uint16_t": (0, 65535),
    "int32_t": (-2**31, 2**31 - 1), "uint32_t": (0, 2**32 - 1),
    "int64_t": (-2**63, 2**63 - 1), "uint64_t": (0, 2**64 - 1), "uint8_t_mavlink_version": (0, 255),
}


def random_scalar(rng, t):
    if t in INT_RANGES:
        lo, hi = INT_RANGES[t]
        pick = rng.random()
        if pick < 0.15:
            return lo
        if pick < 0.3:
            return hi
        if pick < 0.4:
            return 0
        return rng.randint(lo, hi)
    if t == "float":
        pick = rng.random()
        if pick < 0.1:
            return struct.unpack("<f", struct.pack("<f", 3.4028234663852886e38 * rng.choice([1, -1])))[0]
        if pick < 0.2:
            return 0.0
        v = rng.uniform(-1, 1) * 10 ** rng.randint(-30, 30)
        return struct.unpack("<f", struct.pack("<f", v))[0]
    if t == "double":
        return rng.uniform(-1, 1) * 10 ** rng.randint(-300, 300)
    raise ValueError(t)


def random_message(d, cls, rng):
    lengths = dict(zip(cls.ordered_fieldnames, cls.array_lengths))
    args = []
    for name, t in zip(cls.fieldnames, cls.fieldtypes):
        n = lengths.get(name, 0)
        if t == "char":
            length = rng.randint(0, n if n else 1)
            args.append("".join(chr(rng.randint(0x20, 0x7E)) for _ in range(length)).encode())
        elif n:
            args.append([random_scalar(rng, t) for _ in range(n)])
        else:
            args.append(random_scalar(rng, t))
    return cls(*args)


def make_mav(d, args, out):
    mav = d.MAVLink(out, srcSystem=args.sys, srcComponent=args.comp)
    if args.version == 2 and args.key:
        mav.signing.secret_key = bytes.fromhex(args.key)
        mav.signing.link_id = 7
        mav.signing.timestamp = 500_000_000_000
        mav.signing.sign_outgoing = True
    return mav


def cmd_catalog(args):
    d = dialect(args.version)
    for mid, cls in sorted(d.mavlink_map.items()):
        print(json.dumps({"id": mid, "name": cls.msgname, "crc_extra": cls.crc_extra}))


def cmd_encode(args):
    d = dialect(args.version)
    rng = random.Random(args.seed)
    out = open(args.out, "wb")
    mav = make_mav(d, args, out)
    lines = []
    for rep in range(args.repeat):
        for mid, cls in sorted(d.mavlink_map.items()):
            msg = random_message(d, cls, rng)
            seq = mav.seq
            buf = msg.pack(mav)
            out.write(buf)
            mav.seq = (mav.seq + 1) % 256
            # Read back through pymavlink so the expected values are what the wire holds.
            back = d.MAVLink(None)
            if args.key and args.version == 2:
                back.signing.secret_key = bytes.fromhex(args.key)
            m2 = back.decode(bytearray(buf))
            lines.append(json.dumps({"id": mid, "seq": seq, "len": len(buf), "data": as_data(m2)}))
    out.close()
    with open(args.json, "w") as j:
        j.write("\n".join(lines) + "\n")


def cmd_decode(args):
    d = dialect(args.version)
    data = open(args.infile, "rb").read()
    mav = d.MAVLink(None)
    mav.robust_parsing = True
    if args.key:
        mav.signing.secret_key = bytes.fromhex(args.key)
        mav.signing.allow_unsigned_callback = lambda m, msgid: False
    out = []
    for i in range(len(data)):
        try:
            msgs = mav.parse_buffer(data[i:i + 1]) or []
        except Exception as e:  # pymavlink raises on bad CRC when not robust
            out.append(json.dumps({"error": str(e)}))
            continue
        for m in msgs:
            if m.get_type() == "BAD_DATA":
                out.append(json.dumps({"bad": m.reason}))
                continue
            out.append(json.dumps({"id": m.get_msgId(), "seq": m.get_seq(), "sys": m.get_srcSystem(),
                                   "comp": m.get_srcComponent(), "signed": bool(m.get_signed()),
                                   "data": as_data(m)}))
    print("\n".join(out))


def cmd_tlog(args):
    """A MAVProxy-style tlog of random messages (ids from --ids, comma-separated)."""
    d = dialect(args.version)
    rng = random.Random(args.seed)
    ids = [int(x) for x in args.ids.split(",")] if args.ids else sorted(d.mavlink_map)
    out = open(args.out, "wb")
    mav = make_mav(d, args, None)
    usec = 1_700_000_000_123_456
    for rep in range(args.repeat):
        for mid in ids:
            msg = random_message(d, d.mavlink_map[mid], rng)
            buf = msg.pack(mav)
            mav.seq = (mav.seq + 1) % 256
            usec += rng.randint(1, 200_000)
            out.write(struct.pack(">Q", usec) + buf)
    out.close()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("command", choices=["catalog", "encode", "decode", "tlog"])
    p.add_argument("--version", type=int, default=2)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--repeat", type=int, default=1)
    p.add_argument("--out")
    p.add_argument("--json")
    p.add_argument("--in", dest="infile")
    p.add_argument("--key")
    p.add_argument("--sys", type=int, default=42)
    p.add_argument("--comp", type=int, default=17)
    p.add_argument("--ids")
    args = p.parse_args()
    {"catalog": cmd_catalog, "encode": cmd_encode, "decode": cmd_decode, "tlog": cmd_tlog}[args.command](args)


if __name__ == "__main__":
    main()
