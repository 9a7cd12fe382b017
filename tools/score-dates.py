#!/usr/bin/env python3
"""Scores `sectrack dates` against tools/data/dates-benchmark.txt.

Each sentence of the benchmark is written to its own file and tagged with the publication
date set above it. Prints every missed, spurious or wrongly valued mention, then strict
extent precision, recall and F1 and the share of matched mentions with the right value.

    tools/score-dates.py [--bin .build/release/sectrack] [--benchmark FILE]
"""
import argparse
import json
import os
import re
import subprocess
import tempfile

MARK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def read(path):
    """The benchmark's (published, text, expected) triples; expected maps (offset, length) to a value."""
    published, items = None, []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                published = line[1:].strip()
                continue
            text, expected, cursor = b"", {}, 0
            for match in MARK.finditer(line):
                text += line[cursor : match.start()].encode()
                span = match.group(1).encode()
                expected[(len(text), len(span))] = (match.group(1), match.group(2))
                text += span
                cursor = match.end()
            text += line[cursor:].encode()
            items.append((published, text, expected))
    return items


def tag(binary, published, paths):
    """`sectrack dates` output for `paths`, as path -> {(offset, length): (text, value)}."""
    found = {path: {} for path in paths}
    output = subprocess.run(
        [binary, "dates", "--published", published, *paths], check=True, capture_output=True, text=True
    ).stdout
    for line in output.splitlines():
        row = json.loads(line)
        value = row["value"] or "-"
        if row.get("end"):
            value += ".." + row["end"]
        found[row["path"]][(row["offset"], row["length"])] = (row["text"], value)
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--bin", default=os.path.join(root, ".build/release/sectrack"))
    parser.add_argument("--benchmark", default=os.path.join(root, "tools/data/dates-benchmark.txt"))
    args = parser.parse_args()
    items = read(args.benchmark)
    gold = predicted = matched = right = 0
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number, (_, text, _) in enumerate(items):
            paths.append(os.path.join(folder, f"{number:03}.txt"))
            with open(paths[-1], "wb") as handle:
                handle.write(text)
        found = {}
        for published in sorted({item[0] for item in items}):
            group = [path for path, item in zip(paths, items) if item[0] == published]
            found.update(tag(args.bin, published, group))
        for path, (_, text, expected) in zip(paths, items):
            actual = found[path]
            gold += len(expected)
            predicted += len(actual)
            sentence = text.decode()
            for span, (words, value) in expected.items():
                if span not in actual:
                    print(f"missed    {words!r} ({value}) in: {sentence}")
                    continue
                matched += 1
                if actual[span][1] == value:
                    right += 1
                else:
                    print(f"value     {words!r}: expected {value}, got {actual[span][1]} in: {sentence}")
            for span, (words, value) in actual.items():
                if span not in expected:
                    print(f"spurious  {words!r} ({value}) in: {sentence}")
    precision = matched / predicted if predicted else 0
    recall = matched / gold if gold else 0
    f1 = 2 * precision * recall / (precision + recall) if matched else 0
    print(f"extent: P {precision:.3f} R {recall:.3f} F1 {f1:.3f} ({matched} of {gold} expected, {predicted} found)")
    print(f"value accuracy on matched extents: {right / matched if matched else 0:.3f} ({right} of {matched})")


if __name__ == "__main__":
    main()
