#!/usr/bin/env python3
"""Prints the Swift coefficient table of Sources/FlightMath/WorldMagneticModel.swift from a
NOAA WMM .COF file (public domain). Usage:

    sim/tools/wmm_coefficients.py path/to/WMM_2025.COF

The COF file ships with the `pygeomag` package (pygeomag/wmm/WMM_2025.COF), which the tests
also use as the reference implementation.
"""
import sys

def main(path):
    rows = []
    epoch = None
    with open(path) as f:
        for line in f:
            parts = line.split()
            if not parts or parts[0].startswith("9999"):
                continue
            if epoch is None:
                epoch, name = float(parts[0]), parts[1]
                continue
            n, m, g, h, gd, hd = int(parts[0]), int(parts[1]), *map(float, parts[2:6])
            rows.append((n, m, g, h, gd, hd))
    rows.sort()
    print(f"    // {name}, epoch {epoch}: n, m = 1…12; per (n, m): g, h (nT), ġ, ḣ (nT/yr).")
    print(f"    static let epoch: Double = {epoch}")
    print("    static let coefficients: [Double] = [")
    for n, m, g, h, gd, hd in rows:
        print(f"        {g}, {h}, {gd}, {hd},  // {n} {m}")
    print("    ]")

if __name__ == "__main__":
    main(sys.argv[1])
