#!/usr/bin/env python3
"""Deterministic selection of Baly 2020 articles for the slant real-news gold corpus.

Seeded shuffle of ../shared/data/baly2020-news-sample/articles.jsonl; an article is taken when its body
has 300-700 whitespace-separated words, its outlet has fewer than 2 articles taken, and its leaning
(bias_text) has fewer than PER_LEANING taken. Every third article taken (in order) goes to the test split.
"""
import json, random, sys
PATH = sys.argv[1]
PER_LEANING = 55
arts = [json.loads(l) for l in open(PATH, encoding='utf-8')]
arts.sort(key=lambda a: a['ID'])
random.Random(20261206).shuffle(arts)
taken, per_outlet, per_lean = [], {}, {}
for a in arts:
    words = len(a['content_original'].split())
    if not 300 <= words <= 700: continue
    if per_outlet.get(a['source'], 0) >= 2: continue
    if per_lean.get(a['bias_text'], 0) >= PER_LEANING: continue
    per_outlet[a['source']] = per_outlet.get(a['source'], 0) + 1
    per_lean[a['bias_text']] = per_lean.get(a['bias_text'], 0) + 1
    taken.append(a)
for i, a in enumerate(taken):
    split = 'test' if i % 3 == 2 else 'dev'
    print(f"{a['ID']}\t{split}\t{a['bias_text']}\t{a['source']}")
