#!/usr/bin/env python3
"""MAVLink 2 signing against a vehicle, with pymavlink as the ground station.

  sitl_signing.py --listen PORT --key HEX64 [--install] [--timeout S]

With --install: checks that an unsigned command is obeyed while the vehicle has no key, then sends
SETUP_SIGNING with the key. Then (always): the vehicle's frames must be signed with the key; an
unsigned COMMAND_LONG arm and one signed with another key must get no COMMAND_ACK and leave the
vehicle disarmed; one correctly signed is acknowledged and arms it (retried while the estimator
aligns), and a signed disarm disarms it. Unsigned GCS heartbeats are sent throughout. Prints one
JSON summary line; exits 1 on failure.
"""
import argparse
import json
import time

from pymavlink import mavutil

M = mavutil.mavlink
ARM = M.MAV_CMD_COMPONENT_ARM_DISARM


class Peer:
    def __init__(self, port, key, timeout):
        self.deadline = time.time() + timeout
        self.conn = mavutil.mavlink_connection(f"udpin:127.0.0.1:{port}", source_system=255, source_component=190)
        if self.conn.wait_heartbeat(timeout=20) is None:
            raise SystemExit("no heartbeat")
        # Verify what arrives with the key; unsigned frames still pass (the vehicle starts unsigned).
        # (After the first frame: pymavlink replaces its MAVLink object when it detects MAVLink 2.)
        self.conn.setup_signing(key, sign_outgoing=False, allow_unsigned_callback=lambda mav, msg_id: True, link_id=1)
        self.signed = self.encoder(key)
        self.wrong = self.encoder(bytes(reversed(key)))
        self.armed = False
        self.last_hb = 0.0
        self.vehicle_signed = None

    def encoder(self, key):
        # The dialect module of the moment: pymavlink switched to MAVLink 2 on the first frame.
        mav = mavutil.mavlink.MAVLink(self.conn, srcSystem=255, srcComponent=190)
        if mavutil.mavlink.WIRE_PROTOCOL_VERSION != "2.0":
            raise SystemExit("pymavlink is not speaking MAVLink 2: signing impossible")
        mav.signing.secret_key = key
        mav.signing.sign_outgoing = True
        mav.signing.link_id = 2
        mav.signing.timestamp = int((time.time() - 1420070400) * 1e5)
        return mav

    def pump(self, seconds, want=None):
        """Reads for `seconds` (heartbeating unsigned); returns the first message `want` accepts."""
        end = min(time.time() + seconds, self.deadline)
        while time.time() < end:
            if time.time() - self.last_hb > 0.5:
                self.conn.mav.heartbeat_send(M.MAV_TYPE_GCS, M.MAV_AUTOPILOT_INVALID, 0, 0, 0)
                self.last_hb = time.time()
            m = self.conn.recv_match(blocking=True, timeout=0.1)
            if m is None or m.get_srcSystem() != self.conn.target_system:
                continue
            if m.get_type() == "HEARTBEAT":
                self.armed = bool(m.base_mode & M.MAV_MODE_FLAG_SAFETY_ARMED)
                self.vehicle_signed = m.get_signed()
            if want and want(m):
                return m
        return None

    def command(self, mav, cmd, *params, wait=2.0):
        p = list(params) + [0] * (7 - len(params))
        mav.command_long_send(self.conn.target_system, self.conn.target_component, cmd, 0, *p)
        return self.pump(wait, lambda m: m.get_type() == "COMMAND_ACK" and m.command == cmd)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen", type=int, required=True)
    ap.add_argument("--key", required=True)
    ap.add_argument("--install", action="store_true")
    ap.add_argument("--timeout", type=float, default=60)
    a = ap.parse_args()
    key = bytes.fromhex(a.key)
    peer = Peer(a.listen, key, a.timeout)
    summary = {}
    if a.install:
        ack = peer.command(peer.conn.mav, M.MAV_CMD_REQUEST_MESSAGE, M.MAVLINK_MSG_ID_AUTOPILOT_VERSION)
        if ack is None or ack.result != M.MAV_RESULT_ACCEPTED:
            raise SystemExit(f"unsigned command not obeyed before signing: {ack}")
        summary["unsigned_before_key"] = "accepted"
        stamp = int((time.time() - 1420070400) * 1e5)
        peer.conn.mav.setup_signing_send(peer.conn.target_system, peer.conn.target_component, key, stamp)
    if peer.pump(5, lambda m: m.get_type() == "HEARTBEAT" and m.get_signed()) is None:
        raise SystemExit("the vehicle does not sign with the key")
    summary["vehicle_signs"] = True
    for label, mav in (("unsigned", peer.conn.mav), ("wrong_key", peer.wrong)):
        ack = peer.command(mav, ARM, 1, wait=2.5)
        if ack is not None or peer.armed:
            raise SystemExit(f"{label} arm was obeyed: ack {ack}, armed {peer.armed}")
        summary[label] = "refused"
    while True:
        ack = peer.command(peer.signed, ARM, 1)
        if ack is not None and ack.result == M.MAV_RESULT_ACCEPTED:
            break
        if time.time() > peer.deadline:
            raise SystemExit(f"signed arm never accepted: {ack}")
        time.sleep(0.5)
    if peer.pump(3, lambda m: m.get_type() == "HEARTBEAT" and peer.armed) is None:
        raise SystemExit("signed arm acknowledged but the vehicle is not armed")
    summary["signed_arm"] = "accepted"
    ack = peer.command(peer.signed, ARM, 0)
    if ack is None or ack.result != M.MAV_RESULT_ACCEPTED:
        raise SystemExit(f"signed disarm: {ack}")
    summary["signed_disarm"] = "accepted"
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
