#!/usr/bin/env python3
"""Flies a QGC .plan on a MAVLink vehicle with MAVSDK (the `mavsdk` 4.x ctypes binding).

  mavsdk_mission.py --port PORT --plan FILE.plan [--timeout S]

Listens on udpin://0.0.0.0:PORT as MAVSDK users do, imports the plan with MissionRaw's QGC import,
uploads it, arms, starts the mission, follows mission progress to the end (current == total) and
waits for the landed state to be back on the ground. Prints one JSON summary line; exits 1 on failure.
"""
import argparse
import json
import sys
import time

from mavsdk import ComponentType, Configuration, Mavsdk
from mavsdk.plugins.action import Action
from mavsdk.plugins.mission_raw import MissionRaw
from mavsdk.plugins.telemetry import LandedState, Telemetry


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--plan", required=True)
    ap.add_argument("--timeout", type=float, default=120)
    a = ap.parse_args()
    deadline = time.time() + a.timeout
    sdk = Mavsdk(Configuration.create_with_component_type(ComponentType.GROUND_STATION))
    sdk.add_any_connection(f"udpin://0.0.0.0:{a.port}")
    system = sdk.first_autopilot(20.0)
    if system is None:
        raise SystemExit("no autopilot found")
    mission, action, telemetry = MissionRaw(system), Action(system), Telemetry(system)
    imported = mission.import_qgroundcontrol_mission(a.plan)
    items = imported.mission_items
    mission.upload_mission(items)
    downloaded = mission.download_mission()
    summary = {"uploaded": len(items), "downloaded": len(downloaded)}
    while True:
        try:
            action.arm()
            break
        except Exception as e:  # the estimator may still be aligning
            if time.time() > deadline:
                raise SystemExit(f"could not arm: {e}")
            time.sleep(0.3)
    mission.start_mission()
    seen_in_air = False
    progress = None
    while time.time() < deadline:
        progress = mission.mission_progress()
        state = telemetry.landed_state()
        seen_in_air = seen_in_air or state == LandedState.IN_AIR
        # MAVSDK's progress is MISSION_ITEM_REACHED seq + 1 and MISSION_CURRENT seq: the vehicle
        # reports seq == total once the last item is done, so a finished mission reads total/total.
        if progress.current == progress.total and seen_in_air and state == LandedState.ON_GROUND and not telemetry.armed():
            break
        time.sleep(0.1)
    summary.update(current=progress.current if progress else None, total=progress.total if progress else None,
                   in_air=seen_in_air, landed=telemetry.landed_state() == LandedState.ON_GROUND,
                   armed=telemetry.armed())
    print(json.dumps(summary))
    ok = summary["downloaded"] == len(items) and progress and progress.current == progress.total == len(items) \
        and seen_in_air and summary["landed"] and not summary["armed"]
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
