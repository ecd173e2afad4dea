#!/usr/bin/env python3
"""Freezes the intelligibility corpus into corpus.tsv (run once; the split must not move).

Items: every paragraph of every shipped script (scripts/**/*.txt, header skipped), then every
line of sentences.txt. Split: whole scripts alternate tuning/confirmation in path order (no
script is in both halves); sentences alternate line by line.
Columns: id, half, written text.
"""
import pathlib

root = pathlib.Path(__file__).resolve().parents[2]
rows = []
for index, path in enumerate(sorted((root / "scripts").rglob("*.txt"))):
    half = "tuning" if index % 2 == 0 else "confirmation"
    text = path.read_text(encoding="utf-8")
    if text.startswith("---"):
        text = text.split("\n---", 1)[1].split("\n", 1)[1]
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    name = path.relative_to(root / "scripts").with_suffix("")
    for number, paragraph in enumerate(paragraphs, 1):
        rows.append((f"{name}#{number}", half, paragraph))
lines = (root / "Benchmarks/Intelligibility/sentences.txt").read_text(encoding="utf-8")
for index, line in enumerate(l.strip() for l in lines.splitlines() if l.strip()):
    rows.append((f"cau-{index + 1:03d}", "tuning" if index % 2 == 0 else "confirmation", line))
with open(root / "Benchmarks/Intelligibility/corpus.tsv", "w", encoding="utf-8") as out:
    for row in rows:
        out.write("\t".join(row) + "\n")
