#!/usr/bin/env python3
"""Checks Rasid's place resolution against gold events: country and location accuracy (score.py's fuzzy name rule).

usage: scripts/dev_places.py GOLD.jsonl [--rasid PATH] [-v]
Runs `rasid places --jsonl GOLD.jsonl` (one chosen country/location per article) and compares it with every gold event
of the article. Prints per-article lines with -v; never writes article text anywhere. Python 3 standard library only.
"""
import json, re, subprocess, sys, unicodedata


def norm_name(s):  # as in eval/score.py
    if not s: return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    s = re.sub(r"\b(al|el|ad|ar|as|ash|at|az|ad-)[- ]", "", s)
    return re.sub(r"[^a-z]", "", s)


def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def same_place(g, p):
    a, b = norm_name(g), norm_name(p)
    if not a or not b: return False
    if a == b or a in b or b in a: return True
    return lev(a, b) <= max(1, round(0.25 * max(len(a), len(b))))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    rasid = ".build/debug/rasid"
    if "--rasid" in sys.argv: rasid = sys.argv[sys.argv.index("--rasid") + 1]; args.remove(rasid)
    verbose = "-v" in sys.argv
    gold = [json.loads(l) for l in open(args[0], encoding="utf-8") if l.strip()]
    out = subprocess.run([rasid, "places", "--jsonl", args[0]], capture_output=True, text=True, check=True).stdout
    pred = {r["id"]: r for r in map(json.loads, out.splitlines())}
    ev_c = ev_n = loc_ok = loc_n = art_c = art_n = 0
    tp = fp = fn = 0
    named_ok = 0
    for g in gold:
        p = pred.get(g["id"], {})
        pc, pl = p.get("country"), (p.get("location") or {}).get("name")
        events = g.get("events", [])
        if not events: continue
        art_n += 1; art_c += pc == events[0]["country"]
        countries = [e["country"] for e in events]
        hit = pc in countries
        tp += hit; fp += (pc is not None) and not hit; fn += len(set(countries)) - hit
        for e in events:
            ev_n += 1; ev_c += pc == e["country"]
            if e.get("location"):
                loc_n += 1; loc_ok += same_place(e["location"], pl)
                named_ok += any(same_place(e["location"], n) for n in p.get("places", []))
        if verbose:
            gl = sorted({f"{e['country']}:{e.get('location')}" for e in events})
            ok = "ok " if pc == events[0]["country"] and any(same_place(e.get("location"), pl) for e in events) else "-- "
            print(f"{ok}{g['id'][:40]:40s} pred {pc}:{pl} ({(p.get('location') or {}).get('precision')})  gold {', '.join(gl)}")
    pr = tp / (tp + fp) if tp + fp else 0; rc = tp / (tp + fn) if tp + fn else 0
    f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0
    print(f"articles {art_n}: first-event country accuracy {art_c / art_n:.3f}")
    print(f"gold events {ev_n}: country accuracy {ev_c / ev_n:.3f}; location accuracy {loc_ok / loc_n:.3f} (n={loc_n})")
    print(f"gold locations among the resolved place mentions (ceiling for per-event choice): {named_ok / loc_n:.3f}")
    print(f"country P/R/F1 over distinct gold countries per article: {pr:.3f}/{rc:.3f}/{f1:.3f}")


main()
