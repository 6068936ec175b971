#!/usr/bin/env python3
"""Spoofing a signed vehicle from another UDP source, with pymavlink on both sides.

  sitl_spoof.py (--listen PORT | --vehicle PORT) --key HEX64 [--timeout S]

The legitimate ground station listens on PORT (the vehicle's udpout), or with --vehicle sends to
the vehicle's udpin PORT (heartbeats until it answers), installs the key with
SETUP_SIGNING (as MAVProxy's `signing setup` does) and from then on signs everything. It uploads a
two-item mission, reads MPC_XY_CRUISE and the mode, and arms and disarms once (signed, retried while
the estimator aligns), keeping the signed frames it sent. While it is armed a spoofer sends a
force-disarm unsigned and wrongly signed: the vehicle must stay armed.

A spoofer on its own UDP socket then sends, to the vehicle's address, four commands that would
each change the vehicle (force-arm COMMAND_LONG, PARAM_SET MPC_XY_CRUISE, MAV_CMD_DO_SET_MODE
altitude, MISSION_CLEAR_ALL) as: unsigned; signed with a wrong key; signed with the right key but a
timestamp 90 s old on a new stream (stale). Then the captured legitimate arm and PARAM_SET frames are
replayed byte for byte, from the spoofer's socket and from the ground station's own.

Checked by the signed ground station afterwards: still disarmed, parameter, mode and mission
unchanged; a "Signing: … refused" STATUSTEXT warning arrived; nothing at all reached the spoofer's
socket (on a udpin link: the vehicle's telemetry was not turned towards the spoofer, whose
datagrams are the latest it received). Positive controls: the same PARAM_SET and mode change sent signed by the ground station do
take effect. Over MAVLink FTP the ground station lists / and /fs/microsd and tries to read the key
(reported, for the caller to check). Prints one JSON line with the expected refusal counts; exits 1
on failure.
"""
import argparse
import json
import os
import socket
import time

os.environ["MAVLINK20"] = "1"  # MAVLink 2 from the first frame: signing needs it
from pymavlink import mavftp, mavutil  # noqa: E402

M = mavutil.mavlink
ARM = M.MAV_CMD_COMPONENT_ARM_DISARM
PARAM = b"MPC_XY_CRUISE"
EPOCH = 1420070400


def stamp(offset_s=0.0):
    return int((time.time() + offset_s - EPOCH) * 1e5)


def fail(why):
    raise SystemExit(why)


def encoder(key=None, link_id=0, timestamp=None):
    """A bare encoder as sysid 255 compid 190 (a ground station's ids), signing when given a key."""
    mav = M.MAVLink(None, srcSystem=255, srcComponent=190)
    if key is not None:
        mav.signing.secret_key = key
        mav.signing.sign_outgoing = True
        mav.signing.link_id = link_id
        mav.signing.timestamp = stamp() if timestamp is None else timestamp
    return mav


class Ground:
    def __init__(self, port, key, timeout, vehicle_listens=False):
        self.deadline = time.time() + timeout
        if vehicle_listens:
            # The vehicle's udpin link learns our address from what we send: heartbeat until it answers.
            self.conn = mavutil.mavlink_connection(f"udpout:127.0.0.1:{port}", source_system=255, source_component=190)
            self.vehicle = ("127.0.0.1", port)
            end = time.time() + 30
            while time.time() < end:
                self.conn.mav.heartbeat_send(M.MAV_TYPE_GCS, M.MAV_AUTOPILOT_INVALID, 0, 0, 0)
                hb = self.conn.recv_match(type="HEARTBEAT", blocking=True, timeout=0.5)
                if hb is not None:
                    self.conn.target_system, self.conn.target_component = hb.get_srcSystem(), hb.get_srcComponent()
                    break
            else:
                fail("no heartbeat")
        else:
            self.conn = mavutil.mavlink_connection(f"udpin:127.0.0.1:{port}", source_system=255, source_component=190)
            if self.conn.wait_heartbeat(timeout=30) is None:
                fail("no heartbeat")
            self.vehicle = next(iter(self.conn.clients))  # where the vehicle sends from
        self.key = key
        self.armed = False
        self.mode = None
        self.last_hb = 0.0
        self.texts = []
        self.heartbeats = []  # wall-clock arrival times

    def install_key(self):
        self.conn.mav.setup_signing_send(self.conn.target_system, self.conn.target_component, self.key, stamp())
        self.conn.setup_signing(self.key, sign_outgoing=True, link_id=1)
        if self.pump(5, lambda m: m.get_type() == "HEARTBEAT") is None:
            fail("no signed heartbeat after SETUP_SIGNING")

    def pump(self, seconds, want=None):
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
                self.mode = m.custom_mode
                self.heartbeats.append(time.time())
            if m.get_type() == "STATUSTEXT":
                self.texts.append(m.text)
            if want and want(m):
                return m
        return None

    def send(self, msg):
        """Sends a message signed; returns the exact bytes sent (for the replay)."""
        self.conn.mav.send(msg)
        return bytes(msg.get_msgbuf())

    def command(self, cmd, *params, wait=2.0):
        p = list(params) + [0] * (7 - len(params))
        msg = self.conn.mav.command_long_encode(self.conn.target_system, self.conn.target_component, cmd, 0, *p)
        raw = self.send(msg)
        ack = self.pump(wait, lambda m: m.get_type() == "COMMAND_ACK" and m.command == cmd)
        return ack, raw

    def param(self):
        self.conn.mav.param_request_read_send(self.conn.target_system, self.conn.target_component, PARAM, -1)
        m = self.pump(3, lambda m: m.get_type() == "PARAM_VALUE" and m.param_id == PARAM.decode())
        if m is None:
            fail("no PARAM_VALUE for the parameter read")
        return m.param_value

    def set_param(self, value):
        msg = self.conn.mav.param_set_encode(self.conn.target_system, self.conn.target_component, PARAM, value,
                                             M.MAV_PARAM_TYPE_REAL32)
        raw = self.send(msg)
        m = self.pump(3, lambda m: m.get_type() == "PARAM_VALUE" and m.param_id == PARAM.decode())
        if m is None or abs(m.param_value - value) > 1e-4:
            fail(f"signed PARAM_SET {value} not applied: {m}")
        return raw

    def upload_mission(self, lat, lon):
        items = [(M.MAV_CMD_NAV_TAKEOFF, lat, lon, 10), (M.MAV_CMD_NAV_WAYPOINT, lat + 2000, lon + 2000, 10)]
        self.conn.mav.mission_count_send(self.conn.target_system, self.conn.target_component, len(items),
                                         M.MAV_MISSION_TYPE_MISSION)
        while True:
            m = self.pump(3, lambda m: m.get_type() in ("MISSION_REQUEST_INT", "MISSION_REQUEST", "MISSION_ACK"))
            if m is None:
                fail("mission upload stalled")
            if m.get_type() == "MISSION_ACK":
                if m.type != M.MAV_MISSION_ACCEPTED:
                    fail(f"mission refused: {m}")
                return
            cmd, la, lo, alt = items[m.seq]
            self.conn.mav.mission_item_int_send(self.conn.target_system, self.conn.target_component, m.seq,
                                                M.MAV_FRAME_GLOBAL_RELATIVE_ALT_INT, cmd, 0, 1, 0, 0, 0, 0, la, lo, alt,
                                                M.MAV_MISSION_TYPE_MISSION)

    def mission_count(self):
        self.conn.mav.mission_request_list_send(self.conn.target_system, self.conn.target_component,
                                                M.MAV_MISSION_TYPE_MISSION)
        m = self.pump(3, lambda m: m.get_type() == "MISSION_COUNT")
        if m is None:
            fail("no MISSION_COUNT")
        # End the transfer politely: the count is what is checked.
        self.conn.mav.mission_ack_send(self.conn.target_system, self.conn.target_component, M.MAV_MISSION_ACCEPTED,
                                       M.MAV_MISSION_TYPE_MISSION)
        return m.count


class Spoofer:
    """Its own UDP socket and its own encoders; nothing it sends should ever be answered."""

    def __init__(self, vehicle, target):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.setblocking(False)
        self.vehicle = vehicle
        self.target = target
        self.received = 0

    def encoder(self, key=None, link_id=0, timestamp=None):
        return encoder(key, link_id, timestamp)

    def commands(self, mav):
        """The four vehicle-changing messages, packed by `mav`."""
        t, c = self.target
        msgs = [
            mav.command_long_encode(t, c, ARM, 0, 1, 21196, 0, 0, 0, 0, 0),
            mav.param_set_encode(t, c, PARAM, 13.0, M.MAV_PARAM_TYPE_REAL32),
            mav.command_long_encode(t, c, M.MAV_CMD_DO_SET_MODE, 0, M.MAV_MODE_FLAG_CUSTOM_MODE_ENABLED, 2, 0, 0, 0, 0, 0),
            mav.mission_clear_all_encode(t, c, M.MAV_MISSION_TYPE_MISSION),
        ]
        return [bytes(m.pack(mav)) for m in msgs]

    def send(self, frames):
        for f in frames:
            self.sock.sendto(f, self.vehicle)
            time.sleep(0.05)

    def drain(self):
        while True:
            try:
                data = self.sock.recv(65536)
            except BlockingIOError:
                return self.received
            self.received += len(data)


def main():
    ap = argparse.ArgumentParser()
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--listen", type=int, help="our UDP port, the vehicle's udpout")
    where.add_argument("--vehicle", type=int, help="the vehicle's udpin port")
    ap.add_argument("--key", required=True)
    ap.add_argument("--timeout", type=float, default=90)
    a = ap.parse_args()
    key = bytes.fromhex(a.key)
    g = Ground(a.vehicle or a.listen, key, a.timeout, vehicle_listens=a.vehicle is not None)
    g.install_key()
    pos = g.pump(5, lambda m: m.get_type() == "GLOBAL_POSITION_INT")
    if pos is None:
        fail("no GLOBAL_POSITION_INT")
    g.upload_mission(pos.lat, pos.lon)
    cruise = g.param()
    # A signed PARAM_SET the spoofer will replay: to 7.5 and back.
    captured_param = g.set_param(7.5)
    g.set_param(cruise)
    # A signed arm (retried while the estimator aligns) the spoofer will replay, then disarm.
    while True:
        ack, captured_arm = g.command(ARM, 1)
        if ack is not None and ack.result == M.MAV_RESULT_ACCEPTED:
            break
        if time.time() > g.deadline:
            fail(f"signed arm never accepted: {ack}")
        time.sleep(0.5)
    if g.pump(3, lambda m: m.get_type() == "HEARTBEAT" and g.armed) is None:
        fail("signed arm acknowledged but the vehicle is not armed")
    # While armed (so the flight log records the refusal): a spoofed force-disarm, unsigned and
    # wrongly signed, must not stop the motors.
    s = Spoofer(g.vehicle, (g.conn.target_system, g.conn.target_component))
    t, c = s.target
    for mav in (s.encoder(), s.encoder(key=bytes(reversed(key)), link_id=5, timestamp=stamp())):
        s.send([bytes(mav.command_long_encode(t, c, ARM, 0, 0, 21196, 0, 0, 0, 0, 0).pack(mav))])
    expected = {"unsigned": 1, "bad_signature": 1, "replay": 0, "stale": 0}
    g.pump(1.5)
    if not g.armed:
        fail("a spoofed force-disarm stopped the vehicle")
    ack, _ = g.command(ARM, 0, 21196)
    if ack is None or ack.result != M.MAV_RESULT_ACCEPTED:
        fail(f"signed disarm: {ack}")
    if g.pump(3, lambda m: m.get_type() == "HEARTBEAT" and not g.armed) is None:
        fail("not disarmed")
    mode = g.mode
    if mode == 2 << 16:
        fail("the vehicle already is in altitude mode: the spoofed mode change would prove nothing")
    count = g.mission_count()
    if count != 2:
        fail(f"mission upload left {count} items")

    s.send(s.commands(s.encoder()))
    expected["unsigned"] += 4
    s.send(s.commands(s.encoder(key=bytes(reversed(key)), link_id=5, timestamp=stamp())))
    expected["bad_signature"] += 4
    s.send(s.commands(s.encoder(key=key, link_id=6, timestamp=stamp(-90))))
    expected["stale"] += 4
    s.send([captured_arm, captured_param])
    expected["replay"] += 2
    for f in (captured_arm, captured_param):
        g.conn.write(f)
    expected["replay"] += 2

    # Let the vehicle act on them if it would; keep the signed link alive meanwhile.
    g.pump(3)
    if g.armed:
        fail("a spoofed frame armed the vehicle")
    if g.mode != mode:
        fail(f"a spoofed frame changed the mode: {mode} -> {g.mode}")
    if abs(g.param() - cruise) > 1e-4:
        fail("a spoofed PARAM_SET took effect")
    if g.mission_count() != 2:
        fail("a spoofed MISSION_CLEAR_ALL took effect")
    warned = [t for t in g.texts if t.startswith("Signing: ") and "refused" in t]
    if not warned:
        fail(f"no signing warning STATUSTEXT: {g.texts}")
    if s.drain() != 0:
        fail(f"{s.received} bytes reached the spoofer")
    # Positive controls: the same changes, signed by the ground station, take effect.
    g.set_param(13.0)
    g.set_param(cruise)
    ack, _ = g.command(M.MAV_CMD_DO_SET_MODE, M.MAV_MODE_FLAG_CUSTOM_MODE_ENABLED, 2, 0)
    if ack is None or ack.result != M.MAV_RESULT_ACCEPTED:
        fail(f"signed mode change refused: {ack}")
    if g.pump(3, lambda m: m.get_type() == "HEARTBEAT" and g.mode == 2 << 16) is None:
        fail("signed mode change acknowledged but not in effect")
    ftp = ftp_view(g)
    # The rate-limited log line summarising the last refusals is due within 5 s.
    g.pump(6)
    if s.drain() != 0:
        fail(f"{s.received} bytes reached the spoofer")
    print(json.dumps({"expected": expected, "warning": warned[-1], "spoofer_bytes": s.received, "ftp": ftp}))


def ftp_view(g):
    """What the signed ground station sees of the key over MAVLink FTP: listings and reads."""
    client = mavftp.MAVFTP(g.conn, g.conn.target_system, g.conn.target_component)
    out = {}
    for path in ("/", "/fs/microsd"):
        r = client.cmd_list([path])
        out["list " + path] = [r.error_code] + sorted(e.name for e in client.list_result if e.name not in (".", ".."))
    for path in ("/fs/microsd/signing.key", "/signing.key", "/fs/microsd/./signing.key"):
        local = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"spoof-{os.getpid()}.key")
        r = client.cmd_get([path, local])
        if r.error_code == 0:
            r = client.process_ftp_reply("OpenFileRO", timeout=10)
        out["get " + path] = int(r.error_code)
        if os.path.exists(local):
            os.remove(local)
    return out


if __name__ == "__main__":
    main()
