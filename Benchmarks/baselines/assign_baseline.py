#!/usr/bin/env python3
"""Reference baseline for `assign`: scipy.optimize.linear_sum_assignment on the
capacity-expanded matrix, over the same candidate edges Opstap used.

Input (written by opstap-bench): a TSV of edges `client<TAB>seat_group<TAB>weight` (integer
weights, 1e-10 score points) and a TSV of capacities, one per opening. Rows are the clients
that have an edge; columns are one per seat plus one "stay unassigned" column per client
(weight 0), so nobody is forced in. Each client takes at most one seat (--per-client 1).

Prints JSON: {"seconds": build+solve, "solve_seconds": ..., "objective": integer total, "shape": [r, c]}.
Used only by the benchmark, never by the product.
"""
import argparse
import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--edges", required=True)
    p.add_argument("--capacities", required=True)
    p.add_argument("--max-cells", type=int, default=60_000_000)
    a = p.parse_args()
    edges = np.loadtxt(a.edges, dtype=np.int64, ndmin=2)
    caps = np.loadtxt(a.capacities, dtype=np.int64, ndmin=1)
    start = time.perf_counter()
    clients, inverse = np.unique(edges[:, 0], return_inverse=True)
    seat_start = np.concatenate([[0], np.cumsum(caps)])
    seats = int(seat_start[-1])
    rows, cols = len(clients), seats + len(clients)
    if rows * cols > a.max_cells:
        print(json.dumps({"skipped": f"{rows} x {cols} matrix is above {a.max_cells} cells"}))
        return
    # Weights as float64 in units of 1e-10 point; below 2**53, so exact.
    w = np.zeros((rows, cols), dtype=np.float64)
    forbidden = -1e18
    w[:, :seats] = forbidden
    for k in range(len(edges)):
        r, o, weight = inverse[k], edges[k, 1], edges[k, 2]
        w[r, seat_start[o]:seat_start[o + 1]] = weight
    # The "stay unassigned" column of each row only.
    w[:, seats:] = forbidden
    w[np.arange(rows), seats + np.arange(rows)] = 0
    t1 = time.perf_counter()
    r, c = linear_sum_assignment(w, maximize=True)
    t2 = time.perf_counter()
    chosen = w[r, c]
    objective = int(round(chosen[chosen > 0].sum()))
    print(json.dumps({"seconds": t2 - start, "solve_seconds": t2 - t1, "objective": objective, "shape": [rows, cols]}))


if __name__ == "__main__":
    sys.exit(main())
