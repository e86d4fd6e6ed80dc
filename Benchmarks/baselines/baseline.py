#!/usr/bin/env python3
"""Reference baseline for opstap-bench: Opstap's rules and score formula (docs/scoring.md),
vectorised with numpy over blocks of openings x clients, on two worker processes.

  --mode brute   every opening block against every client
  --mode grid    clients bucketed in 10 km cells; an opening block only sees the clients in the
                 cells within the largest travel distance

Both directions: every opening's top 10 clients and every client's top 10 openings, computed in
one pass over the pairs. Prints one JSON object: seconds for load and for both directions
('both'), and the time the slowest worker spent selecting top 10s. With --check FILE (opening_id TAB client ids, from opstap-bench) it compares
its shortlists with Opstap's.

Used only by the benchmark, never by the product.
"""
import argparse
import csv
import json
import math
import multiprocessing as mp
import os
import sys
import time
from datetime import date

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
LICENCES = ["AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE", "T"]
IMPLIES = {"A2": ["A1"], "A": ["A2"], "B": ["AM"], "BE": ["B"], "C1": ["B"], "D1": ["B"], "C": ["C1"], "C1E": ["C1", "BE"],
           "CE": ["C", "C1E"], "D": ["D1"], "D1E": ["D1", "BE"], "DE": ["D", "D1E"]}
PLACE = {"placeable": 0, "hard_to_place": 1, "not_placeable": 2}
PLACE_CODES = list(PLACE)
KINDS = ["vacancy", "driver_slot", "social_return", "volunteer"]
GROUPS = ["bijstand", "ioaw", "ioaz", "doelgroepregister", "nug", "ww", "statushouder"]
DUTCH = {"none": 0, "A1": 1, "A2": 2, "B1": 3, "B2": 4, "C1": 5, "C2": 6}
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
PARTS = {"morning": (360, 720), "afternoon": (720, 1080), "evening": (1080, 1440)}
COMPONENTS = ["competences", "wish", "attitude", "travel", "hours", "step", "support", "purpose"]
R_EARTH = 6371.0088


def closure(code):
    seen, todo = {code}, [code]
    while todo:
        for implied in IMPLIES.get(todo.pop(), []):
            if implied not in seen:
                seen.add(implied)
                todo.append(implied)
    return sum(1 << LICENCES.index(c) for c in seen)


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        sample = f.readline()
        f.seek(0)
        delimiter = ";" if sample.count(";") >= sample.count(",") else ","
        return list(csv.DictReader(f, delimiter=delimiter))


def num(text):
    return float(text.replace(",", "."))


def days(text):
    return (date.fromisoformat(text) - date(1970, 1, 1)).days


def items(text):
    return [t for t in text.split("|") if t] if text else []


def load(folder, policy):
    comps = read_csv(os.path.join(ROOT, "datasets/taxonomy/competences.csv"))
    tags = read_csv(os.path.join(ROOT, "datasets/taxonomy/tags.csv"))
    comp_index = {c["code"]: k for k, c in enumerate(comps)}
    groups = sorted({c["group"] for c in comps}, key=[c["group"] for c in comps].index)
    comp_group = np.array([groups.index(c["group"]) for c in comps], dtype=np.int64)
    tag_index = {t["code"]: k for k, t in enumerate(tags)}
    conditions = [t["code"] for t in tags if t["kind"] == "condition"]
    clash = {t["code"]: t["clashes_with"] for t in tags if t["kind"] == "restriction"}

    rows = read_csv(os.path.join(folder, "clients.csv"))
    rows.sort(key=lambda r: r["client_id"].encode())
    n = len(rows)
    C = {"id": [r["client_id"] for r in rows]}
    C["place"] = np.array([PLACE[r["placeability"]] for r in rows], dtype=np.int64)
    C["lic"] = np.array([sum(closure(l) for l in items(r["licences"])) and
                         np.bitwise_or.reduce([closure(l) for l in items(r["licences"])]) or 0 for r in rows], dtype=np.int64)
    C["code95"] = np.array([days(r["code95_valid_until"]) if r["code95_valid_until"] else -10**9 for r in rows], dtype=np.int64)
    C["dutch"] = np.array([DUTCH.get(r["dutch_level"], -1) if r["dutch_level"] else -1 for r in rows], dtype=np.int64)
    C["rung"] = np.array([int(r["ladder_rung"]) for r in rows], dtype=np.int64)
    C["targets"] = np.array([sum(1 << GROUPS.index(g) for g in items(r["target_groups"])) for r in rows], dtype=np.int64)
    C["lat"] = np.array([num(r["lat"]) for r in rows])
    C["lon"] = np.array([num(r["lon"]) for r in rows])
    C["max"] = np.array([num(r["max_travel_km"]) for r in rows])
    C["hours"] = np.array([num(r["hours_per_week"]) for r in rows])
    C["att"] = np.array([int(r["attitude"]) for r in rows], dtype=np.int64)

    def avail(text):
        if not text:
            return (1 << 21) - 1
        m = 0
        for it in items(text):
            d, _, p = it.partition(":")
            for part in ([p] if p else list(PARTS)):
                m |= 1 << (DAYS.index(d) * 3 + list(PARTS).index(part))
        return m
    C["avail"] = np.array([avail(r["availability"]) for r in rows], dtype=np.int64)
    C["clash"] = np.array([sum(1 << conditions.index(clash[x]) for x in items(r["restrictions"])) for r in rows], dtype=np.int64)
    L = np.zeros((n, len(comps)), dtype=np.int8)
    for k, r in enumerate(rows):
        for it in items(r["competences"]):
            code, _, level = it.partition(":")
            L[k, comp_index[code]] = int(level)
    C["L"] = L
    C["groups"] = np.zeros(n, dtype=np.int64)
    C["gcount"] = np.zeros((n, len(groups)), dtype=np.int64)
    for g in range(len(groups)):
        C["groups"] |= np.where((L[:, comp_group == g] > 0).any(axis=1), 1 << g, 0)
        C["gcount"][:, g] = (L[:, comp_group == g] > 0).sum(axis=1)
    W = np.zeros((n, len(tags)), dtype=np.int8)
    for k, r in enumerate(rows):
        for it in items(r["wishes"]):
            W[k, tag_index[it]] = 1
    C["W"] = W
    C["nwish"] = W.sum(axis=1).astype(np.int64)

    rows = read_csv(os.path.join(folder, "openings.csv"))
    rows.sort(key=lambda r: r["opening_id"].encode())
    O = {"id": [r["opening_id"] for r in rows]}
    kind = [KINDS.index(r["kind"]) for r in rows]
    O["kind"] = np.array(kind, dtype=np.int64)

    def accepted(r, k):
        if r.get("accepted_placeability"):
            return sum(1 << PLACE[p] for p in items(r["accepted_placeability"]))
        m = sum(1 << PLACE[p] for p in policy["kinds"][KINDS[k]]["accepted_placeability"])
        if KINDS[k] == "volunteer" and policy["both_tracks"]:
            m |= 1 << PLACE["not_placeable"]
        return m
    O["acc"] = np.array([accepted(r, k) for r, k in zip(rows, kind)], dtype=np.int64)
    O["valid"] = np.array([days(r["valid_until"]) if r["valid_until"] else 10**9 for r in rows], dtype=np.int64)
    O["lic"] = np.array([sum(1 << LICENCES.index(l) for l in items(r["required_licences"])) for r in rows], dtype=np.int64)
    O["code95"] = np.array([r["requires_code95"] in ("true", "ja", "yes", "1") for r in rows])
    O["dutch"] = np.array([DUTCH[r["min_dutch_level"]] if r["min_dutch_level"] else 0 for r in rows], dtype=np.int64)
    O["targets"] = np.array([sum(1 << GROUPS.index(g) for g in items(r["target_groups"])) for r in rows], dtype=np.int64)
    default_rung = [6, 6, 5, 4]
    O["rung"] = np.array([int(r["ladder_rung"]) if r["ladder_rung"] else default_rung[k] for r, k in zip(rows, kind)], dtype=np.int64)
    O["lat"] = np.array([num(r["lat"]) for r in rows])
    O["lon"] = np.array([num(r["lon"]) for r in rows])
    O["hours"] = np.array([num(r["hours_per_week"]) for r in rows])
    O["cond"] = np.array([sum(1 << conditions.index(c) for c in items(r["conditions"])) for r in rows], dtype=np.int64)
    O["instr"] = np.array([len(items(r["instruments"])) for r in rows], dtype=np.int64)

    def shifts(text):
        need, night = 0, False
        for it in items(text):
            d, window = it.split(" ")
            a, b = window.split("-")
            s = int(a[:2]) * 60 + int(a[3:])
            e = int(b[:2]) * 60 + int(b[3:])
            night |= s < 360
            for p, (lo, hi) in PARTS.items():
                if lo < e and s < hi:
                    need |= 1 << (DAYS.index(d) * 3 + list(PARTS).index(p))
        return need, night
    sh = [shifts(r["schedule"]) for r in rows]
    O["need"] = np.array([s[0] for s in sh], dtype=np.int64)
    O["night"] = np.array([s[1] for s in sh])

    def padded(lists, width, fill=-1):
        a = np.full((len(lists), max(width, 1)), fill, dtype=np.int64)
        for k, lst in enumerate(lists):
            a[k, :len(lst)] = lst
        return a
    req = [[(comp_index[i.partition(":")[0]], int(i.partition(":")[2])) for i in items(r["required_competences"])] for r in rows]
    width = max((len(x) for x in req), default=1)
    O["req"] = padded([[c for c, _ in x] for x in req], width)
    O["reqlvl"] = padded([[l for _, l in x] for x in req], width, 0)
    O["nreq"] = np.array([len(x) for x in req], dtype=np.int64)
    wished = [[comp_index[i] for i in items(r["wished_competences"])] for r in rows]
    O["wished"] = padded(wished, max((len(x) for x in wished), default=1))
    O["nwished"] = np.array([len(x) for x in wished], dtype=np.int64)
    otags = [[tag_index[t] for t in items(r["sectors"]) + items(r["activities"])] for r in rows]
    O["tags"] = padded(otags, max((len(x) for x in otags), default=1))
    return C, O, comp_group


def score_block(C, O, comp_group, policy, day, ci, oi):
    """Scores of clients ci x openings oi: (eligible & listed mask, score), both [len(ci), len(oi)]."""
    c = lambda k: C[k][ci][:, None]
    o = lambda k: O[k][oi][None, :]
    kinds = O["kind"][oi]
    kp = [policy["kinds"][k] for k in KINDS]
    pick = lambda key: np.array([kp[k][key] for k in kinds])[None, :]
    ok = ((o("acc") >> c("place")) & 1) == 1
    ok &= o("valid") >= day
    ok &= (c("lic") & o("lic")) == o("lic")
    ok &= ~o("code95") | (c("code95") >= day)
    need, has = o("dutch"), c("dutch")
    ok &= (need == 0) | np.where(has < 0, policy["unknown_dutch_level_passes"], has >= need)
    ok &= (kinds[None, :] != 2) | ((c("targets") & o("targets")) != 0)
    maxup = np.array([kp[k]["max_step_up"] if kp[k]["max_step_up"] is not None else 99 for k in kinds])[None, :]
    ok &= (o("rung") - c("rung")) <= maxup
    rad = math.pi / 180
    slat = np.sin((o("lat") - c("lat")) * rad / 2)
    slon = np.sin((o("lon") - c("lon")) * rad / 2)
    h = slat * slat + np.cos(c("lat") * rad) * np.cos(o("lat") * rad) * slon * slon
    dist = 2 * R_EARTH * np.arcsin(np.minimum(1, np.sqrt(h)))
    ok &= dist <= c("max")
    ok &= (c("clash") & o("cond")) == 0
    always = (1 << 21) - 1
    ok &= (kinds[None, :] != 1) | (c("avail") == always) | (~o("night") & ((c("avail") & o("need")) == o("need")))
    comp = policy["competences"]
    total = np.zeros(ok.shape)
    L = C["L"][ci]
    # A missing required competence earns the related credit when the client holds a stand-in:
    # a competence of its group that the opening does not require, each standing in once (the
    # missing ones of a group take them in turn, by their order in the opening).
    slots = range(O["req"].shape[1])
    sid = [O["req"][oi, r] for r in slots]
    svalid = [x >= 0 for x in sid]
    sgroup = [np.where(v, comp_group[np.where(v, x, 0)], -1) for x, v in zip(sid, svalid)]
    sheld = [np.where(v[None, :], L[:, np.where(v, x, 0)].astype(np.int64), 0) for x, v in zip(sid, svalid)]
    gcount = C["gcount"][ci]
    for r in slots:
        valid, held, g = svalid[r], sheld[r], sgroup[r]
        asked = O["reqlvl"][oi, r][None, :]
        same = [(sgroup[s] == g)[None, :] & svalid[s][None, :] for s in slots]
        required_held = sum(same[s] & (sheld[s] > 0) for s in slots)
        earlier_missing = sum((same[s] & (sheld[s] == 0) for s in range(r)), np.zeros(ok.shape, dtype=np.int64))
        available = np.take_along_axis(gcount, np.broadcast_to(np.where(valid, g, 0)[None, :], ok.shape), axis=1) - required_held
        related = available > earlier_missing
        credit = np.where(held >= asked, 1.0, np.where(held > 0, comp["below_level_credit"] ** np.maximum(asked - held, 0),
                                                       np.where(related, comp["related_competence_credit"], 0.0)))
        total += np.where(valid[None, :], credit, 0.0)
    nreq = O["nreq"][oi][None, :]
    coverage = np.where(nreq > 0, total / np.maximum(nreq, 1), 1.0)
    ok &= coverage >= pick("min_required_coverage")
    nwished = O["nwished"][oi][None, :]
    held = np.zeros(ok.shape)
    for r in range(O["wished"].shape[1]):
        cid = O["wished"][oi, r]
        held += np.where((cid >= 0)[None, :], L[:, np.where(cid >= 0, cid, 0)] > 0, 0)
    share = comp["wished_share"]
    v = {"competences": np.where(nwished > 0, (1 - share) * coverage + share * held / np.maximum(nwished, 1), coverage)}
    W = C["W"][ci]
    matches = np.zeros(ok.shape)
    for r in range(O["tags"].shape[1]):
        tid = O["tags"][oi, r]
        matches += np.where((tid >= 0)[None, :], W[:, np.where(tid >= 0, tid, 0)], 0)
    nwish = c("nwish")
    v["wish"] = np.minimum(1, matches / np.maximum(np.minimum(nwish, 2), 1))
    v["attitude"] = np.broadcast_to((c("att") - 1) / 3, ok.shape)
    decay = pick("travel_decay")
    mx = c("max")
    v["travel"] = np.where(mx > 0, np.maximum(0, 1 - dist / np.where(mx > 0, mx, 1)) ** decay, (dist == 0) * 1.0)
    ch, oh = c("hours"), o("hours")
    v["hours"] = np.where(ch <= 0, 0.0, np.where(oh <= ch, 0.5 + 0.5 * oh / np.where(ch > 0, ch, 1), ch / oh))
    delta = o("rung") - c("rung")
    v["step"] = np.select([delta == 1, delta == 0, delta == 2, delta >= 3], [1.0, 0.7, 0.5, 0.25], 0.4)
    offered = o("instr")
    v["support"] = np.broadcast_to(np.select([offered == 0, offered == 1], [0.0, 0.6], 1.0), ok.shape)
    pref = np.array([[kp[k].get("placeability_preference", {}).get(p, 0.0) for p in PLACE_CODES] for k in range(len(KINDS))])
    v["purpose"] = pref[kinds[None, :], c("place")]
    applies = {"wish": nwish > 0, "support": c("place") != 0}
    num_, den = np.zeros(ok.shape), np.zeros(ok.shape)
    for name in COMPONENTS:
        w = np.array([kp[k]["weights"].get(name, 0.0) for k in kinds])[None, :]
        a = applies.get(name, True)
        num_ += np.where(a, w * v[name], 0)
        den += np.where(a, w, 0)
    score = np.round(100 * num_ / np.where(den > 0, den, 1) * 1e10) / 1e10
    listed = ok & (score >= pick("min_score"))
    return listed, np.where(listed, score, -np.inf), ok.sum()


def top_rows(score, ids, k):
    """Per column of score [rows, cols]: the top k rows by score desc, ties to the lower id."""
    out = []
    for j in range(score.shape[1]):
        col = score[:, j]
        good = np.nonzero(col > -np.inf)[0]
        if len(good) > k:
            part = good[np.argpartition(-col[good], k - 1)[:k]]
            cut = col[part].min()
            good = good[col[good] >= cut]
        order = np.lexsort((ids[good], -col[good]))[:k]
        out.append((good[order], col[good][order]))
    return out


def work(args):
    """One worker's share of opening blocks: shortlists and each client's best 10 so far."""
    blocks, mode, top = args
    C, O, comp_group, policy, day, cells = STATE
    n = len(C["id"])
    best_s = np.full((n, top), -np.inf)
    best_o = np.full((n, top), -1, dtype=np.int64)
    lists, eligible, t_select = {}, 0, 0.0
    client_ids = np.arange(n)
    for oi in blocks:
        if mode == "grid":
            ci = cells(oi)
            if len(ci) == 0:
                for j in oi:
                    lists[int(j)] = []
                continue
        else:
            ci = client_ids
        listed, score, ok = score_block(C, O, comp_group, policy, day, ci, oi)
        eligible += int(ok)
        t0 = time.perf_counter()
        for j, (rows, _) in zip(oi, top_rows(score, ci, top)):
            lists[int(j)] = ci[rows].tolist()
        # Steps: merge this block into each candidate client's running top 10 (ties: lower opening id).
        s = np.concatenate([best_s[ci], score], axis=1)
        ids = np.concatenate([best_o[ci], np.broadcast_to(oi[None, :], score.shape)], axis=1)
        key = np.lexsort((np.where(s > -np.inf, ids, np.iinfo(np.int64).max), -s), axis=1)[:, :top]
        best_s[ci] = np.take_along_axis(s, key, axis=1)
        best_o[ci] = np.take_along_axis(ids, key, axis=1)
        t_select += time.perf_counter() - t0
    return lists, best_s, best_o, eligible, t_select


STATE = None


def main():
    global STATE
    p = argparse.ArgumentParser()
    p.add_argument("--data", required=True)
    p.add_argument("--date", required=True)
    p.add_argument("--mode", choices=["brute", "grid"], default="grid")
    p.add_argument("--top", type=int, default=10)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--check")
    p.add_argument("--policy", default=os.path.join(ROOT, "datasets/policy/default.json"))
    a = p.parse_args()
    policy = json.load(open(a.policy))
    t0 = time.perf_counter()
    C, O, comp_group = load(a.data, policy)
    t_load = time.perf_counter() - t0
    day = days(a.date)
    n, m = len(C["id"]), len(O["id"])
    # Blocks: about 4 M pairs each in brute force; one 10 km cell of openings each in grid mode.
    if a.mode == "brute":
        size = max(1, 4_000_000 // max(n, 1))
        blocks = [np.arange(s, min(m, s + size)) for s in range(0, m, size)]
        cells = None
    else:
        cell = 10 / 111.19
        crow, ccol = np.floor(C["lat"] / cell).astype(np.int64), np.floor(C["lon"] / (cell * 1.6)).astype(np.int64)
        orow, ocol = np.floor(O["lat"] / cell).astype(np.int64), np.floor(O["lon"] / (cell * 1.6)).astype(np.int64)
        order = np.lexsort((ccol, crow))
        keys = crow[order] * 100000 + ccol[order]
        reach = int(math.ceil(C["max"].max() / 10)) + 1
        okeys = orow * 100000 + ocol
        uniq = np.unique(okeys)
        blocks = [np.nonzero(okeys == u)[0] for u in uniq]

        def cells(oi):
            r, c = orow[oi[0]], ocol[oi[0]]
            parts = []
            for dr in range(-reach, reach + 1):
                lo = np.searchsorted(keys, (r + dr) * 100000 + c - reach - 1, side="left")
                hi = np.searchsorted(keys, (r + dr) * 100000 + c + reach + 1, side="right")
                parts.append(order[lo:hi])
            return np.sort(np.concatenate(parts)) if parts else np.array([], dtype=np.int64)
    STATE = (C, O, comp_group, policy, day, cells)
    t1 = time.perf_counter()
    shares = [(blocks[w::a.workers], a.mode, a.top) for w in range(a.workers)]
    ctx = mp.get_context("fork")
    with ctx.Pool(a.workers) as pool:
        results = pool.map(work, shares)
    lists = {}
    best_s = np.concatenate([r[1] for r in results], axis=1)
    best_o = np.concatenate([r[2] for r in results], axis=1)
    key = np.lexsort((np.where(best_s > -np.inf, best_o, np.iinfo(np.int64).max), -best_s), axis=1)[:, :a.top]
    steps = np.take_along_axis(best_o, key, axis=1)
    for r in results:
        lists.update(r[0])
    t_both = time.perf_counter() - t1
    t_select = max(r[4] for r in results)
    # One pass computes both directions, so only their total is reported.
    out = {"mode": a.mode, "load": t_load, "both": t_both, "selecting": t_select,
           "pairs_eligible": sum(r[3] for r in results), "clients": n, "openings": m, "steps_listed": int((steps >= 0).sum())}
    if a.check:
        theirs = {}
        for line in open(a.check, encoding="utf-8"):
            cells_ = line.rstrip("\n").split("\t")
            theirs[cells_[0]] = cells_[1:]
        same = sum(1 for j, oid in enumerate(O["id"]) if [C["id"][k] for k in lists.get(j, [])] == [x for x in theirs.get(oid, []) if x])
        out["check"] = f"top 10 identical for {same} of {m} openings"
    print(json.dumps(out))


if __name__ == "__main__":
    main()
