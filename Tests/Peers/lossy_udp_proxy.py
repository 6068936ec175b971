#!/usr/bin/env python3
"""A UDP relay between a vehicle and a ground station that drops datagrams, like a bad radio.

It binds two ports on 127.0.0.1 and prints "PORTS vehicle_port gcs_port" on stdout. Datagrams from
the vehicle side go to whoever last wrote to the ground-station port, and back; each one is dropped
with probability --loss, drawn from random.Random(--seed) separately for each direction. It exits
when stdin closes, and then prints how many datagrams each direction carried and dropped.
"""
import argparse
import random
import select
import socket
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--loss", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--vehicle-port", type=int, default=0)
    args = ap.parse_args()

    vehicle_side = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    vehicle_side.bind(("127.0.0.1", args.vehicle_port))
    gcs_side = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    gcs_side.bind(("127.0.0.1", 0))
    print(f"PORTS {vehicle_side.getsockname()[1]} {gcs_side.getsockname()[1]}", flush=True)

    peers = {vehicle_side: None, gcs_side: None}
    other = {vehicle_side: gcs_side, gcs_side: vehicle_side}
    rng = {vehicle_side: random.Random(args.seed), gcs_side: random.Random(args.seed + 1)}
    counts = {vehicle_side: [0, 0], gcs_side: [0, 0]}  # [carried, dropped] of datagrams received there
    while True:
        ready, _, _ = select.select([vehicle_side, gcs_side, sys.stdin], [], [])
        if sys.stdin in ready and not sys.stdin.readline():
            break
        for s in ready:
            if s is sys.stdin:
                continue
            data, addr = s.recvfrom(65536)
            peers[s] = addr
            out = other[s]
            if peers[out] is None:
                continue
            if rng[s].random() < args.loss:
                counts[s][1] += 1
                continue
            counts[s][0] += 1
            out.sendto(data, peers[out])
    print(f"vehicle->gcs carried {counts[vehicle_side][0]} dropped {counts[vehicle_side][1]}; "
          f"gcs->vehicle carried {counts[gcs_side][0]} dropped {counts[gcs_side][1]}", flush=True)


if __name__ == "__main__":
    main()
