#!/usr/bin/env python3
"""Sends heartbeats into `swiftlet router` on one UDP port and expects them out of the other.

  router_smoke.py IN_PORT OUT_PORT   (the router listens on IN_PORT and sends to OUT_PORT)
Prints 'ok N' with the number of heartbeats that came through, exits 1 if none did.
"""
import sys
import time
from pymavlink import mavutil

in_port, out_port = int(sys.argv[1]), int(sys.argv[2])
rx = mavutil.mavlink_connection(f"udpin:127.0.0.1:{out_port}", source_system=200)
tx = mavutil.mavlink_connection(f"udpout:127.0.0.1:{in_port}", source_system=42, source_component=1)
got = 0
deadline = time.time() + 10
while time.time() < deadline and got < 5:
    tx.mav.heartbeat_send(mavutil.mavlink.MAV_TYPE_QUADROTOR, mavutil.mavlink.MAV_AUTOPILOT_PX4, 0, 0, 4)
    m = rx.recv_match(type="HEARTBEAT", blocking=True, timeout=0.3)
    if m is not None and m.get_srcSystem() == 42:
        got += 1
print(f"ok {got}" if got else "no heartbeat came through")
sys.exit(0 if got else 1)
