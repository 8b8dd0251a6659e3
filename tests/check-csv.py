#!/usr/bin/env python3
# Checks the CSV writer against Python's csv module: every field of every
# row written by csv-fixture must come back exactly, the header must be
# EVENTS.md's, lines must end in CRLF, and a BOM must appear only on request.
#
# Usage: check-csv.py PATH/TO/csv-fixture

import csv
import os
import subprocess
import sys
import tempfile

HEADER = ("event_id,date,date_precision,type,cameo,location,location_country,venue,"
          "occasion,participants,roles,countries,organizations,topics,source,"
          "source_title,evidence,confidence,date_text,dateline,reports").split(",")
GUARDED = ("=", "+", "-", "@", "\t", "\r")

failures = 0
checks = 0


def check(condition, message):
    global failures, checks
    checks += 1
    if not condition:
        failures += 1
        print("not ok: " + message)


def run_fixture(fixture, directory, bom):
    out = os.path.join(directory, "bom.csv" if bom else "plain.csv")
    expected = os.path.join(directory, "bom.expected" if bom else "plain.expected")
    args = [fixture] + (["--bom"] if bom else []) + [out, expected]
    subprocess.run(args, check=True)
    with open(expected, "rb") as f:
        cells = f.read().decode("utf-8").split("\0")
    check(cells[-1] == "", "expected cells end in NUL")
    cells = cells[:-1]
    check(len(cells) % len(HEADER) == 0, "expected cells fill whole rows")
    rows = [cells[i:i + len(HEADER)] for i in range(0, len(cells), len(HEADER))]
    return out, rows


def check_file(path, expected_rows, bom):
    with open(path, "rb") as f:
        raw = f.read()

    if bom:
        check(raw.startswith(b"\xef\xbb\xbf"), "BOM requested but missing")
        raw = raw[3:]
    else:
        check(not raw.startswith(b"\xef\xbb\xbf"), "BOM written without being asked")
    text = raw.decode("utf-8")  # raises on invalid UTF-8
    check(text.startswith(",".join(HEADER) + "\r\n"), "header row differs from EVENTS.md")
    check(text.endswith("\r\n"), "file does not end in CRLF")

    with open(path, newline="", encoding="utf-8-sig" if bom else "utf-8") as f:
        reader = csv.reader(f, dialect="excel", strict=True)
        parsed = list(reader)

    check(parsed[0] == HEADER, "parsed header %r" % (parsed[0],))
    body = parsed[1:]
    check(len(body) == len(expected_rows),
          "%d rows parsed, %d written" % (len(body), len(expected_rows)))

    for n, (got, want) in enumerate(zip(body, expected_rows), start=2):
        check(len(got) == len(HEADER), "row %d has %d fields" % (n, len(got)))
        for column, g, w in zip(HEADER, got, want):
            if w.startswith(GUARDED):
                # The writer adds one quote before a formula-like cell; it is
                # the only change it may make.
                ok = g == "'" + w
            else:
                ok = g == w
            check(ok, "row %d, %s: wrote %r, read back %r" % (n, column, w, g))

    # Every record ends in CRLF: re-serialise with Python's writer (which
    # quotes the same characters) and compare byte for byte.
    with open(path, newline="", encoding="utf-8-sig" if bom else "utf-8") as f:
        original = f.read()
    rewritten = []
    for row in parsed:
        out = []
        for cell in row:
            if any(c in cell for c in '",\r\n'):
                out.append('"' + cell.replace('"', '""') + '"')
            else:
                out.append(cell)
        rewritten.append(",".join(out) + "\r\n")
    check("".join(rewritten) == original, "file is not minimal RFC 4180 with CRLF records")


def main():
    if len(sys.argv) != 2:
        print("usage: check-csv.py CSV-FIXTURE", file=sys.stderr)
        return 2
    fixture = sys.argv[1]
    with tempfile.TemporaryDirectory(prefix="chancery-csv-") as directory:
        for bom in (False, True):
            path, rows = run_fixture(fixture, directory, bom)
            check(len(rows) >= 90, "fixture wrote %d rows" % len(rows))
            guarded = sum(1 for r in rows for c in r if c.startswith(GUARDED))
            check(guarded > 0, "fixture has formula-like cells")
            check_file(path, rows, bom)
    print("%d passed, %d failed" % (checks - failures, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
