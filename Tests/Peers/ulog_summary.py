#!/usr/bin/env python3
"""Reads a ULog with pyulog (as PX4's tools do) and prints one JSON summary of it.

  ulog_summary.py FILE

{"topics": {name: count}, "monotonic": {name: bool}, "info": {...}, "parameters": count,
 "logged": [[level, text], ...], "start": µs, "last": µs, "dropouts": n,
 "max_horizontal_error_m": estimate vs ground truth (vehicle_global_position vs *_groundtruth,
 nearest ground-truth sample in time), "max_attitude_error_deg": vehicle_attitude vs ground truth,
 "max_altitude_m": ground-truth height above the origin}
Exits 1 when pyulog cannot parse the file.
"""
import json
import math
import sys

import numpy as np
from pyulog import ULog


def nearest(times, t):
    times, t = times.astype(np.int64), int(t)
    i = int(np.searchsorted(times, t))
    if i >= len(times):
        i = len(times) - 1
    if i > 0 and abs(times[i - 1] - t) < abs(times[i] - t):
        i -= 1
    return i


def main():
    log = ULog(sys.argv[1])
    data = {d.name: d for d in log.data_list}
    out = {
        "topics": {d.name: len(d.data["timestamp"]) for d in log.data_list},
        "monotonic": {d.name: bool(np.all(np.diff(d.data["timestamp"].astype(np.int64)) > 0)) for d in log.data_list},
        "info": {k: (v if isinstance(v, (int, float, str)) else str(v)) for k, v in log.msg_info_dict.items()},
        "parameters": len(log.initial_parameters),
        "logged": [[m.log_level_str(), m.message] for m in log.logged_messages],
        "start": log.start_timestamp,
        "last": log.last_timestamp,
        "dropouts": len(log.dropouts),
    }
    est, gt = data.get("vehicle_global_position"), data.get("vehicle_global_position_groundtruth")
    if est is not None and gt is not None:
        worst = 0.0
        for t, lat, lon in zip(est.data["timestamp"], est.data["lat"], est.data["lon"]):
            j = nearest(gt.data["timestamp"], t)
            dn = math.radians(lat - gt.data["lat"][j]) * 6_371_000
            de = math.radians(lon - gt.data["lon"][j]) * 6_371_000 * math.cos(math.radians(lat))
            worst = max(worst, math.hypot(dn, de))
        out["max_horizontal_error_m"] = worst
    att, agt = data.get("vehicle_attitude"), data.get("vehicle_attitude_groundtruth")
    if att is not None and agt is not None:
        worst = 0.0
        for k, t in enumerate(att.data["timestamp"]):
            j = nearest(agt.data["timestamp"], t)
            q = [att.data[f"q[{i}]"][k] for i in range(4)]
            r = [agt.data[f"q[{i}]"][j] for i in range(4)]
            dot = min(1.0, abs(sum(a * b for a, b in zip(q, r))))
            worst = max(worst, math.degrees(2 * math.acos(dot)))
        out["max_attitude_error_deg"] = worst
    lpg = data.get("vehicle_local_position_groundtruth")
    if lpg is not None:
        out["max_altitude_m"] = float(-np.min(lpg.data["z"]))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
