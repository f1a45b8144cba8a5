#!/usr/bin/env python3
"""The Python side of benchmarks/side_by_side.sh: normalise, tokenise and find number expressions with
CAMeL Tools (normalize_unicode, dediac_ar, normalize_alef_ar, simple_word_tokenize) and pyarabic.number.

usage: python_numbers.py --corpus CORPUS.jsonl [--repeat N]             time the sub-task, print JSON
       python_numbers.py --numbers GOLD.jsonl                            print {"id", "numbers": [int...]} lines
       python_numbers.py --recall GOLD.jsonl --rasid RASID.jsonl --python PY.jsonl   number recall of both, JSON
"""
import argparse
import json
import sys
import time

DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def load_tools():
    from camel_tools.utils.normalize import normalize_unicode, normalize_alef_ar
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.tokenizers.word import simple_word_tokenize
    import pyarabic.number as number

    def analyse(text):
        """The normalised text, the tokens and the values of the number expressions among them.

        pyarabic's number words are spelled with hamza (أربعة, ألف): after normalize_alef_ar it misses them (اربعة).
        So the alef step normalises the text as its own output, and tokens and number detection work on the
        dediacritised text: the same steps are timed, and pyarabic is measured at its best quality."""
        plain = dediac_ar(normalize_unicode(text))
        normalized = normalize_alef_ar(plain)
        tokens = simple_word_tokenize(plain)
        tags = number.detect_numbers(tokens)
        values, phrase = [], []

        def close():
            if phrase:
                words = []
                for token in phrase:
                    plain = token.translate(DIGITS)
                    if plain.isdigit():
                        values.append(int(plain))  # a written figure is its own expression
                    else:
                        words.append(token)
                if words:
                    try:
                        value = number.text2number(" ".join(words))
                    except Exception:  # pyarabic raises on some word sequences; count it as not found
                        value = 0
                    if value:
                        values.append(int(value))
                phrase.clear()

        for token, tag in zip(tokens, tags):
            if tag == "DB":
                close()
                phrase.append(token)
            elif tag == "DI":
                phrase.append(token)
            else:
                close()
        close()
        return normalized, tokens, values

    return analyse


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def bench(corpus_path, repeat):
    analyse = load_tools()
    texts = [r["text"] for r in read_jsonl(corpus_path) if isinstance(r.get("text"), str) and r["text"].strip()]
    size = sum(len(t.encode("utf-8")) for t in texts)
    best, cpu, found = float("inf"), 0.0, 0
    for _ in range(repeat):
        start, cpu_start = time.perf_counter(), time.process_time()
        count = 0
        for t in texts:
            count += len(analyse(t)[2])
        seconds = time.perf_counter() - start
        if seconds < best:
            best, cpu, found = seconds, time.process_time() - cpu_start, count
    return {"tool": "camel-tools + pyarabic", "documents": len(texts), "bytes": size, "seconds": best,
            "cpu_seconds": cpu, "mb_per_s": size / 1e6 / best, "mb_per_cpu_s": size / 1e6 / cpu,
            "docs_per_s": len(texts) / best, "found": found}


def numbers(gold_path):
    analyse = load_tools()
    for r in read_jsonl(gold_path):
        print(json.dumps({"id": r["id"], "numbers": analyse(r.get("text") or "")[2]}, ensure_ascii=False))


def recall(gold_path, per_tool):
    """A gold claim counts as found when its min, or its max, is among the values a tool reports for the article."""
    gold = read_jsonl(gold_path)
    out = {"claims": sum(len(r.get("claims", [])) for r in gold)}
    for name, path in per_tool.items():
        values = {}
        for r in read_jsonl(path):
            found = set()
            for n in r["numbers"]:
                if isinstance(n, dict):  # rasid's dump: each expression's min and max
                    found.add(n["min"])
                    if n.get("max") is not None:
                        found.add(n["max"])
                else:
                    found.add(n)
            values[r["id"]] = found
        hits = 0
        for r in gold:
            have = values.get(r["id"], set())
            for c in r.get("claims", []):
                if c["min"] in have or (c.get("max") is not None and c["max"] in have):
                    hits += 1
        out[name] = {"found": hits, "recall": round(hits / out["claims"], 3) if out["claims"] else None}
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--numbers")
    ap.add_argument("--recall")
    ap.add_argument("--rasid")
    ap.add_argument("--python")
    a = ap.parse_args()
    if a.corpus:
        print(json.dumps(bench(a.corpus, max(1, a.repeat))))
    elif a.numbers:
        numbers(a.numbers)
    elif a.recall and a.rasid and a.python:
        print(json.dumps(recall(a.recall, {"rasid": a.rasid, "python": a.python})))
    else:
        ap.error("give --corpus, --numbers, or --recall with --rasid and --python")


if __name__ == "__main__":
    sys.exit(main())
