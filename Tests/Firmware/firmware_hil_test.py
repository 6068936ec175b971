#!/usr/bin/env python3
"""Flies a mission with the firmware in QEMU as the autopilot, hardware in the loop.

Usage: firmware_hil_test.py BOARD...   (images from scripts/build-firmware, the host's swiftlet from
`swift build`; run by scripts/test-firmware)

For each board, `scripts/run-firmware BOARD hil` boots the image in `hil` mode with its MAVLink
UART on a TCP socket and starts `swiftlet sitl --hil tcp://…` on it: the host's physics and
sensors in lockstep with the firmware's flight loop (HIL_SENSOR, HIL_GPS → firmware,
HIL_ACTUATOR_CONTROLS ← firmware), with `--gcs udpout://…` routing the ground station through the
same UART. `swiftlet fly Tests/Fixtures/short-hop.plan` then uploads the mission over that route,
arms, starts it and follows it to the landing, as a user would. The flight must complete with every
item reached and land within LANDING_TOLERANCE_M of the plan's land point.
"""
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SWIFTLET = os.environ.get("SWIFTLET", os.path.join(ROOT, ".build", "debug", "swiftlet"))
PLAN = os.path.join(ROOT, "Tests", "Fixtures", "short-hop.plan")
# In-process SITL lands short-hop within a metre of its land point (the estimate's GNSS drift);
# a wrong unit or a lost step on the wire misses by far more.
LANDING_TOLERANCE_M = 3.0


def free_port(kind=socket.SOCK_STREAM):
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def hil(board):
    uart, gcs = free_port(), free_port(socket.SOCK_DGRAM)
    env = dict(os.environ, SWIFTLET=SWIFTLET)
    console = tempfile.TemporaryFile(mode="w+")
    rig = subprocess.Popen([os.path.join(ROOT, "scripts", "run-firmware"), board, "hil",
                            "--serial", f"tcp:127.0.0.1:{uart},server=on,wait=on",
                            "--gcs", f"udpout://127.0.0.1:{gcs}", "--", "--speed", "max", "--seed", "1"],
                           cwd=ROOT, env=env, stdout=console, stderr=subprocess.STDOUT, start_new_session=True)
    start = time.time()
    try:
        with tempfile.TemporaryDirectory() as logs:
            fly = subprocess.run([SWIFTLET, "fly", PLAN, "--json", "--timeout", "2400", "--log-dir", logs,
                                  "--connect", f"udpin://127.0.0.1:{gcs}"],
                                 cwd=ROOT, capture_output=True, text=True, timeout=2700)
        elapsed = time.time() - start
        alive = rig.poll() is None
    finally:
        if rig.poll() is None:
            os.killpg(rig.pid, signal.SIGKILL)   # QEMU, the simulator and the script
        rig.wait()
        console.seek(0)
        out = console.read()
    print(out, end="")
    print(fly.stderr, end="")
    assert alive, f"{board}: the HIL rig ended during the flight"
    assert f"swiftlet firmware on {board}" in out and "mode hil" in out, f"{board}: the firmware did not boot in hil mode"
    assert fly.returncode == 0, f"{board}: swiftlet fly exit {fly.returncode}\n{fly.stdout}"
    summary = json.loads(fly.stdout.strip().splitlines()[-1])
    count = summary["item_count"]
    assert summary["completed"] is True, f"{board}: mission not completed: {summary}"
    assert summary["items_reached"] == list(range(count)), f"{board}: items reached {summary['items_reached']} of {count}"
    offset = summary["landing_offset_m"]
    assert offset is not None and offset < LANDING_TOLERANCE_M, f"{board}: landed {offset} m from the land point"
    print(f"ok {board} hil: short-hop completed ({count} items), landed {offset:.2f} m from the land point, "
          f"{summary['duration_s']:.1f} s simulated in {elapsed:.0f} s wall clock")


if __name__ == "__main__":
    for b in sys.argv[1:] or ["netduinoplus2", "mps2-an386"]:
        hil(b)
