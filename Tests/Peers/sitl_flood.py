#!/usr/bin/env python3
"""Malformed, oversized and flooding input from another UDP source against a signed vehicle.

  sitl_flood.py --listen PORT --key HEX64 [--seconds S] [--rate N] [--timeout S]

The legitimate ground station listens on PORT (the vehicle's udpout), installs the key with
SETUP_SIGNING and signs everything from then on. From its own UDP socket a spoofer sends, one
datagram each: a lone MAVLink 2 start of a 255-byte frame, then the ground station reads a parameter
once and must be answered within 2 s (a truncated frame must not hold back the next sender's
frames); garbage, frames cut short, a frame with a bad CRC, a 280-byte signed frame (the maximum)
with a bad signature, a 65000-byte datagram. Then a child process floods the vehicle with N
datagrams a second (default 5000) of all of those and of unsigned and wrongly signed force-arm
commands for S seconds (default 4) while the ground station times the vehicle's heartbeats.

Checked: the heartbeat gap during the flood stays below max(2.5 s, twice the largest gap of a quiet
period before it), the vehicle is still disarmed, and afterwards it still answers a parameter read
from the ground station. Prints one JSON line; exits 1 on failure.
"""
import argparse
import json
import random
import socket
import subprocess
import sys
import time

from sitl_spoof import M, PARAM, Ground, encoder, fail  # noqa: E402  (sets MAVLINK20 first)


def bad_datagrams(key, target):
    """Every kind of bad input, one datagram each."""
    t, c = target
    plain = encoder()
    wrong = encoder(bytes(reversed(key)), link_id=5)
    arm = plain.command_long_encode(t, c, M.MAV_CMD_COMPONENT_ARM_DISARM, 0, 1, 21196, 0, 0, 0, 0, 0).pack(plain)
    bad_crc = bytearray(arm)
    bad_crc[-1] ^= 0xFF
    biggest = wrong.encapsulated_data_encode(7, bytes([0x55]) * 253).pack(wrong)
    if len(biggest) != 280:
        fail(f"the maximal signed frame is {len(biggest)} bytes, not 280")
    rng = random.Random(7)
    garbage = bytes(rng.randrange(256) for _ in range(600))
    huge = bytearray(rng.randrange(256) for _ in range(65000))
    for i in range(0, len(huge), 97):
        huge[i] = 0xFD
    return {
        "lone_start": b"\xfd\xff\x00",
        "garbage": garbage,
        "truncated": [arm[:n] for n in (1, 5, 10, 20, len(arm) - 1)],
        "bad_crc": bytes(bad_crc),
        "max_signed_bad_signature": bytes(biggest),
        "datagram_65000": bytes(huge),
        "unsigned_arm": bytes(arm),
        "wrong_key_arm": bytes(wrong.command_long_encode(t, c, M.MAV_CMD_COMPONENT_ARM_DISARM, 0, 1, 21196,
                                                         0, 0, 0, 0, 0).pack(wrong)),
    }


def flood(host, port, key, target, seconds, rate):
    """The child: `rate` datagrams a second for `seconds`, cycling through the bad kinds."""
    kinds = bad_datagrams(key, target)
    cycle = [kinds["lone_start"], kinds["garbage"], kinds["bad_crc"], kinds["max_signed_bad_signature"],
             kinds["unsigned_arm"], kinds["wrong_key_arm"]] + kinds["truncated"]
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sent = 0
    start = time.time()
    while time.time() - start < seconds:
        due = int((time.time() - start) * rate)
        while sent < due:
            if sent % 2000 == 0:
                sock.sendto(kinds["datagram_65000"], (host, port))
            sock.sendto(cycle[sent % len(cycle)], (host, port))
            sent += 1
        time.sleep(0.001)
    print(json.dumps({"sent": sent, "seconds": time.time() - start}))


class TimedGround(Ground):
    """The signed ground station, timing the vehicle's heartbeats and single reads."""

    def read_param_once(self, wait):
        """One PARAM_REQUEST_READ, no retry; the seconds until its answer, or None."""
        sent = time.time()
        self.conn.mav.param_request_read_send(self.conn.target_system, self.conn.target_component, PARAM, -1)
        m = self.pump(wait, lambda m: m.get_type() == "PARAM_VALUE" and m.param_id == PARAM.decode())
        return None if m is None else time.time() - sent

    def max_gap(self, start, end):
        beats = [t for t in self.heartbeats if start <= t <= end]
        edges = [start] + beats + [end]
        return max(b - a for a, b in zip(edges, edges[1:]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen", type=int)
    ap.add_argument("--key", required=True)
    ap.add_argument("--seconds", type=float, default=4)
    ap.add_argument("--rate", type=int, default=5000)
    ap.add_argument("--timeout", type=float, default=90)
    ap.add_argument("--flood-to", help=argparse.SUPPRESS)  # HOST:PORT:SYSID:COMPID, the child's job
    a = ap.parse_args()
    key = bytes.fromhex(a.key)
    if a.flood_to:
        host, port, sysid, compid = a.flood_to.split(":")
        return flood(host, int(port), key, (int(sysid), int(compid)), a.seconds, a.rate)

    g = TimedGround(a.listen, key, a.timeout)
    g.install_key()
    target = (g.conn.target_system, g.conn.target_component)
    kinds = bad_datagrams(key, target)
    spoofer = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    summary = {}

    # A lone frame start from another sender, then one read from the ground station.
    spoofer.sendto(kinds["lone_start"], g.vehicle)
    time.sleep(0.05)
    latency = g.read_param_once(2.0)
    if latency is None:
        fail("a truncated frame from another sender held back the ground station's parameter read")
    summary["read_after_truncated_frame_s"] = round(latency, 3)

    for name in ("garbage", "truncated", "bad_crc", "max_signed_bad_signature", "datagram_65000"):
        for d in (kinds[name] if isinstance(kinds[name], list) else [kinds[name]]):
            spoofer.sendto(d, g.vehicle)
        if g.read_param_once(3.0) is None:
            fail(f"no answer to the ground station after {name}")
    summary["single_bad_datagrams"] = "answered after each"

    quiet_start = time.time()
    g.pump(4)
    quiet_gap = g.max_gap(quiet_start, time.time())
    child = subprocess.Popen([sys.executable, __file__, "--key", a.key, "--seconds", str(a.seconds),
                              "--rate", str(a.rate), "--flood-to",
                              f"{g.vehicle[0]}:{g.vehicle[1]}:{target[0]}:{target[1]}"],
                             stdout=subprocess.PIPE, text=True)
    flood_start = time.time()
    while child.poll() is None:
        g.pump(0.2)
    flood_end = time.time()
    sent = json.loads(child.stdout.read().strip().splitlines()[-1])
    flood_gap = g.max_gap(flood_start, flood_end)
    limit = max(2.5, 2 * quiet_gap)
    summary.update(quiet_max_gap_s=round(quiet_gap, 3), flood_max_gap_s=round(flood_gap, 3),
                   flood_datagrams=sent["sent"], flood_seconds=round(sent["seconds"], 2), gap_limit_s=round(limit, 3))
    if flood_gap >= limit:
        fail(f"heartbeats stalled during the flood: {summary}")
    latency = g.read_param_once(5.0)
    if latency is None:
        fail(f"no answer to the ground station after the flood: {summary}")
    summary["read_after_flood_s"] = round(latency, 3)
    g.pump(1)
    if g.armed:
        fail("a spoofed arm took effect")
    # The rate-limited refusal line is due within 5 s of the flood.
    g.pump(5.5)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
