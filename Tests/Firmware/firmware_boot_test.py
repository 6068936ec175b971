#!/usr/bin/env python3
"""Boots the firmware image of each board in QEMU and checks it the way a ground station would.

Usage: firmware_boot_test.py BOARD...   (images from scripts/build-firmware; run by scripts/test-firmware)

For each board:
- `selftest`: QEMU runs with `-icount shift=0` and the MAVLink UART on a TCP socket; pymavlink
  connects, counts the HEARTBEATs (system 1, autopilot component, quadrotor), asks for the
  parameter MPC_THR_HOVER (PARAM_REQUEST_READ → PARAM_VALUE, proving the receive path and the
  compiled-in airframe), and the run must end with semihosting exit code 0 and `SELFTEST PASS`.
- `fault`: a deliberate Swift trap must come out as a `FAULT:` line on the UART and exit code 3.
"""
import contextlib
import io
import os
import socket
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("MAVLINK20", "1")
from pymavlink import mavutil  # noqa: E402


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(board, mode, port):
    cmd = [os.path.join(ROOT, "scripts", "run-firmware"), board, *mode.split(),
           "--serial", f"tcp:127.0.0.1:{port},server=on,wait=on"]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def connect(port, qemu):
    deadline = time.time() + 20
    while time.time() < deadline:
        if qemu.poll() is not None:
            raise AssertionError(f"QEMU exited before the UART was connected:\n{qemu.stdout.read()}")
        try:
            return mavutil.mavlink_connection(f"tcp:127.0.0.1:{port}", source_system=255, source_component=190,
                                              retries=0)
        except OSError:
            time.sleep(0.1)
    raise AssertionError("could not connect to the firmware's UART socket")


def finish(qemu, timeout):
    try:
        out, _ = qemu.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        qemu.kill()
        out, _ = qemu.communicate()
        raise AssertionError(f"QEMU did not exit within {timeout} s:\n{out}")
    return qemu.returncode, out


def selftest(board):
    port = free_port()
    qemu = start(board, "selftest", port)
    link = connect(port, qemu)
    heartbeats, param, asked, raw = 0, None, False, b""
    while qemu.poll() is None:
        with contextlib.redirect_stdout(io.StringIO()):   # pymavlink prints each EOF once QEMU ends
            m = link.recv_match(blocking=True, timeout=0.5)
        if m is None:
            continue
        if m.get_type() == "HEARTBEAT" and m.get_srcSystem() == 1:
            assert m.type == mavutil.mavlink.MAV_TYPE_QUADROTOR, m
            heartbeats += 1
            if not asked:
                link.mav.param_request_read_send(1, 1, b"MPC_THR_HOVER", -1)
                asked = True
        elif m.get_type() == "PARAM_VALUE" and m.param_id == "MPC_THR_HOVER":
            param = m.param_value
    code, out = finish(qemu, 300)
    print(out, end="")
    assert code == 0, f"{board}: self-test exit code {code}"
    assert "SELFTEST PASS" in out, f"{board}: no SELFTEST PASS line"
    assert heartbeats >= 10, f"{board}: only {heartbeats} HEARTBEATs on the UART"
    assert param is not None and abs(param - 0.5) < 1e-6, f"{board}: PARAM_VALUE MPC_THR_HOVER = {param}"
    print(f"ok {board} selftest: exit 0, {heartbeats} HEARTBEATs, MPC_THR_HOVER = {param}")


def fault(board):
    port = free_port()
    qemu = start(board, "fault", port)
    sock = None
    deadline = time.time() + 20
    while sock is None and time.time() < deadline:
        try:
            sock = socket.create_connection(("127.0.0.1", port))
        except OSError:
            time.sleep(0.1)
    assert sock is not None, "could not connect to the UART socket"
    uart = b""
    sock.settimeout(0.5)
    while True:
        try:
            chunk = sock.recv(65536)
        except socket.timeout:
            if qemu.poll() is not None:
                break
            continue
        if not chunk:
            break
        uart += chunk
    code, out = finish(qemu, 60)
    assert code == 3, f"{board}: fault run exit code {code}, expected 3\n{out}"
    assert b"FAULT: fault pc=" in uart, f"{board}: no fault report on the UART"
    assert "FAULT: fault pc=" in out, f"{board}: no fault report on the console"
    print(f"ok {board} fault: exit 3, reported on the UART and the console")


if __name__ == "__main__":
    boards = sys.argv[1:] or ["netduinoplus2", "mps2-an386"]
    for b in boards:
        selftest(b)
        fault(b)
