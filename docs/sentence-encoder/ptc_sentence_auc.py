#!/usr/bin/env python3
"""ROC AUC of slant's per-sentence bias probability against "the sentence overlaps a span of
these PTC techniques" (default: Loaded_Language), on the SemEval-2020 PTC training articles.

usage: ptc_sentence_auc.py SCORES.json PTC_DIR [TECHNIQUE ...]

SCORES.json is the output of
    slant score --format json [--model ...] PTC_DIR/datasets/train-articles
PTC_DIR is ../shared/data/semeval2020-task11-ptc. PTC offsets count code points (a BOM
included); slant's count UTF-16 units of the text after its BOM is dropped: both are mapped
to code points of the text without BOM here. Prints sentences, positives and AUC (ties count
one half), per model name found in the file.
"""
import json
import os
import sys


def auc(pairs):
    pairs = sorted(pairs)
    n_pos = sum(1 for _, y in pairs if y)
    n_neg = len(pairs) - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    rank_sum = 0.0
    i = 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        mid = (i + 1 + j) / 2.0  # mean of ranks i+1 .. j
        rank_sum += mid * sum(1 for k in range(i, j) if pairs[k][1])
        i = j
    return (rank_sum - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg)


def utf16_to_cp(text, offset):
    units = 0
    for cp, ch in enumerate(text):
        if units >= offset:
            return cp
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def main():
    scores, ptc = sys.argv[1], sys.argv[2]
    techniques = set(sys.argv[3:]) or {"Loaded_Language"}
    arts = os.path.join(ptc, "datasets", "train-articles")
    labels = os.path.join(ptc, "datasets", "train-labels-task2-technique-classification")
    pairs = {}
    with open(scores, encoding="utf-8") as f:
        data = json.load(f)
    for r in data if isinstance(data, list) else [data]:
        if True:
            art = r["id"]
            base = os.path.basename(art)
            if base.endswith(".txt"):
                base = base[:-4]
            num = base.replace("article", "")
            raw = open(os.path.join(arts, "article%s.txt" % num), encoding="utf-8").read()
            bom = 1 if raw.startswith("\ufeff") else 0
            text = raw[bom:]
            spans = []
            with open(os.path.join(labels, "article%s.task2-TC.labels" % num), encoding="utf-8") as lf:
                for l in lf:
                    parts = l.rstrip("\n").split("\t")
                    if len(parts) == 4 and parts[1] in techniques:
                        spans.append((int(parts[2]) - bom, int(parts[3]) - bom))
            model = r.get("bias", {}).get("model", "?")
            for s in r["sentence_scores"]:
                if "bias_probability" not in s:
                    continue
                a = utf16_to_cp(text, s["start"])
                b = utf16_to_cp(text, s["end"])
                y = any(st < b and en > a for st, en in spans)
                pairs.setdefault(model, []).append((s["bias_probability"], y))
    for model, p in sorted(pairs.items()):
        print("%s: %d sentences, %d positive, ROC AUC %.3f"
              % (model, len(p), sum(1 for _, y in p if y), auc(p)))


if __name__ == "__main__":
    main()
