#!/usr/bin/env python3
# Runs chancery-extract as a user would and checks what EVENTS.md promises:
# exit status 0/1/2, --help and --version, usage errors, failures named on
# standard error with the rest still exported, --output writing the same
# CSV as standard output, and a CSV that Python's csv module reads with
# exactly the 21 columns of the header.
#
# Usage: check-cli.py PATH/TO/chancery-extract VERSION

import csv
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HEADER = ("event_id,date,date_precision,type,cameo,location,location_country,venue,"
          "occasion,participants,roles,countries,organizations,topics,source,"
          "source_title,evidence,confidence,date_text,dateline,reports").split(",")

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.join(HERE, "data", "cli", "folder")

# (file the meeting is reported in, the two sides' ISO codes)
MEETINGS = [
    ("riga-talks.txt", {"LV", "JP"}),
    ("nairobi.html", {"KE", "BR"}),
    ("world-feed.xml", {"MN", "KR"}),
    ("world-feed.xml", {"EG", "GR"}),
]

passed = 0
failed = 0


def check(condition, message):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("not ok: " + message)


def run(tool, *args):
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")
    return subprocess.run([tool] + list(args), capture_output=True, env=env, timeout=120)


def parse(data):
    text = data.decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), strict=True))


def rows_as_dicts(rows):
    return [dict(zip(HEADER, row)) for row in rows[1:]]


def check_csv(data, what):
    rows = parse(data)
    check(len(rows) >= 1, what + ": no header")
    if not rows:
        return []
    check(rows[0] == HEADER, what + ": header is %r" % (rows[0],))
    check(data.startswith((",".join(HEADER) + "\r\n").encode()), what + ": header line differs")
    for n, row in enumerate(rows):
        check(len(row) == len(HEADER), "%s: row %d has %d fields" % (what, n + 1, len(row)))
    return rows


def make_big_folder(folder, n):
    """@n generated articles, enough that importing them takes seconds."""
    os.makedirs(folder)
    for i in range(n):
        with open(os.path.join(folder, "article-%05d.txt" % i), "w", encoding="utf-8") as f:
            f.write(("VALLETTA, %d May 2022 - The Maltese Foreign Minister met his "
                     "Tunisian counterpart in Valletta on Monday to discuss trade, "
                     "migration and energy links across the strait. " % (i % 28 + 1)) * 6)


def interrupt(tool, signum, folder, output):
    """Starts an extraction of @folder into @output, sends @signum once it
    is reading, and returns (exit status, seconds from the signal to the
    exit, standard error)."""
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")
    proc = subprocess.Popen([tool, "-o", output, folder], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # "Reading N files…" comes once the folder was listed and the signal
    # handlers are in place: the import runs.  The signal goes at once,
    # since with the files in the page cache the whole run can take well
    # under a second.
    first = proc.stderr.readline()
    start = time.monotonic()
    proc.send_signal(signum)
    try:
        _, rest = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, rest = proc.communicate()
    return proc.returncode, time.monotonic() - start, (first + rest).decode("utf-8", "replace")


def check_interrupt(tool, tmp):
    """Ctrl+C (SIGINT) and SIGTERM stop an extraction cleanly: a distinct
    exit status, no output file (or the old one untouched), no temporary
    file left beside it."""
    folder = os.path.join(tmp, "big")
    make_big_folder(folder, 4000)
    out_dir = os.path.join(tmp, "out")
    os.makedirs(out_dir)

    output = os.path.join(out_dir, "events.csv")
    status, seconds, err = interrupt(tool, signal.SIGINT, folder, output)
    print("# SIGINT: exit %s after %.2f s" % (status, seconds))
    check(status == 130, "SIGINT exits %s (stderr: %r)" % (status, err[-300:]))
    check(seconds < 10, "SIGINT took %.1f s to stop" % seconds)
    check("interrupted" in err, "SIGINT not reported on stderr: %r" % err[-300:])
    check(not os.path.exists(output), "an interrupted run left %s" % output)
    check(os.listdir(out_dir) == [], "an interrupted run left %r" % os.listdir(out_dir))

    old = b"event_id\r\nkept\r\n"
    with open(output, "wb") as f:
        f.write(old)
    status, seconds, err = interrupt(tool, signal.SIGTERM, folder, output)
    print("# SIGTERM: exit %s after %.2f s" % (status, seconds))
    check(status == 143, "SIGTERM exits %s (stderr: %r)" % (status, err[-300:]))
    with open(output, "rb") as f:
        check(f.read() == old, "a terminated run changed the existing output")
    check(os.listdir(out_dir) == ["events.csv"], "a terminated run left %r" % os.listdir(out_dir))


def check_grouping(tool, tmp):
    """Counts on standard error are grouped as the user's locale writes
    numbers, as the window's are: "1,200" in en_US."""
    locpath = os.environ.get("CHANCERY_TEST_LOCPATH", "")
    if not os.path.isfile(os.path.join(locpath, "en_US.UTF-8", "LC_NUMERIC")):
        # tests/meson.build makes the locale only where localedef and
        # Debian's locale sources are installed.
        print("# SKIP grouped counts: the build made no en_US.UTF-8 locale")
        return
    folder = os.path.join(tmp, "many")
    os.makedirs(folder)
    months = ["January", "February", "March", "April", "May", "June", "July",
              "August", "September", "October", "November", "December"]
    n = 1200
    for i in range(n):
        # A meeting every other day: two articles of the same pair on
        # consecutive days may report one event.
        date = "%d %s %d" % (i % 14 * 2 + 1, months[i // 14 % 12], 2000 + i // 168)
        with open(os.path.join(folder, "talks-%05d.txt" % i), "w", encoding="utf-8") as f:
            f.write("Malta and Tunisia review fishing rules\n\n"
                    "VALLETTA, %s - The Maltese Foreign Minister met his Tunisian "
                    "counterpart in Valletta to discuss fisheries and trade.\n" % date)
    env = dict(os.environ, LC_ALL="en_US.UTF-8", LANGUAGE="", LOCPATH=locpath)
    r = subprocess.run([tool, folder], capture_output=True, env=env, timeout=120)
    err = r.stderr.decode("utf-8", "replace")
    check(r.returncode == 0, "the generated folder exits %d: %r" % (r.returncode, err[-300:]))
    rows = check_csv(r.stdout, "generated folder")
    n_events = len(rows) - 1
    check(n_events >= 1000, "only %d events from %d generated articles" % (n_events, n))
    check("Reading 1,200 files" in err, "the file count is not grouped: %r" % err[:200])
    found = "Events found: %s, in 1,200 documents." % format(n_events, ",")
    check(found in err, "expected %r on standard error, got %r" % (found, err[-200:]))


def main():
    if len(sys.argv) != 3:
        print("usage: check-cli.py CHANCERY-EXTRACT VERSION", file=sys.stderr)
        return 2
    tool, version = sys.argv[1], sys.argv[2]

    # Usage.
    r = run(tool, "--help")
    check(r.returncode == 0, "--help exits %d" % r.returncode)
    check(b"--output" in r.stdout and b"PATH" in r.stdout, "--help does not describe the options")

    r = run(tool, "--version")
    check(r.returncode == 0, "--version exits %d" % r.returncode)
    check(r.stdout.decode().strip() == "chancery-extract " + version,
          "--version printed %r" % r.stdout)

    r = run(tool)
    check(r.returncode == 2, "no PATH exits %d" % r.returncode)
    check(b"--help" in r.stderr and r.stdout == b"", "no PATH: no usage hint on stderr")

    r = run(tool, "--no-such-option", FOLDER)
    check(r.returncode == 2, "unknown option exits %d" % r.returncode)
    check(b"--no-such-option" in r.stderr, "unknown option not named: %r" % r.stderr)
    check(r.stdout == b"", "unknown option still wrote output")

    r = run(tool, "--output")
    check(r.returncode == 2, "--output without FILE exits %d" % r.returncode)

    # A folder of a text file, an HTML page and an RSS feed.
    r = run(tool, FOLDER)
    check(r.returncode == 0, "folder exits %d: %r" % (r.returncode, r.stderr))
    check(b"Reading 3 files" in r.stderr, "no progress line on stderr: %r" % r.stderr)
    check(re.search(rb"Events found: \d+, in \d+ documents\.", r.stderr) is not None,
          "no summary line on stderr: %r" % r.stderr)
    one = run(tool, os.path.join(FOLDER, "riga-talks.txt"))
    check(b"in 1 document." in one.stderr, "one document not counted in the singular: %r" % one.stderr)
    stdout_csv = r.stdout
    rows = check_csv(stdout_csv, "folder")
    events = rows_as_dicts(rows)
    check(len(events) >= len(MEETINGS), "only %d events found" % len(events))
    for name, sides in MEETINGS:
        found = [e for e in events
                 if name in e["source"] and sides <= set(e["countries"].split("; "))]
        check(found, "no event of %s between %s" % (name, " and ".join(sorted(sides))))
    r = run(tool, FOLDER)
    check(r.stdout == stdout_csv, "a second run wrote different bytes")
    dated = [e["date"] for e in events if e["date"]]
    check(dated == sorted(dated), "rows are not in date order")
    check(all(e["date"] for e in events[:len(dated)]), "undated rows come before dated ones")

    with tempfile.TemporaryDirectory(prefix="chancery-cli-") as tmp:
        # --output writes the same bytes, atomically replacing a file.
        out = os.path.join(tmp, "events.csv")
        with open(out, "w") as f:
            f.write("an older export\n")
        before = os.stat(out).st_ino
        r = run(tool, "--output", out, FOLDER)
        check(r.returncode == 0, "--output exits %d: %r" % (r.returncode, r.stderr))
        check(r.stdout == b"", "--output also wrote to stdout")
        with open(out, "rb") as f:
            check(f.read() == stdout_csv, "--output FILE differs from stdout")
        check(os.stat(out).st_ino != before, "--output rewrote the file in place")
        check(sorted(os.listdir(tmp)) == ["events.csv"], "temporary files left: %r" % os.listdir(tmp))

        r = run(tool, "--bom", "-o", out, FOLDER)
        with open(out, "rb") as f:
            check(f.read() == b"\xef\xbb\xbf" + stdout_csv, "--bom did not prepend a BOM")

        # A missing path and a binary file: each named, the rest exported.
        missing = os.path.join(tmp, "no-such-article.txt")
        binary = os.path.join(tmp, "picture.txt")
        with open(binary, "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 8)
        article = os.path.join(tmp, "riga.txt")
        shutil.copy(os.path.join(FOLDER, "riga-talks.txt"), article)
        r = run(tool, missing, binary, article)
        check(r.returncode == 1, "missing and binary inputs exit %d" % r.returncode)
        err = r.stderr.decode()
        check(missing in err, "missing path not named on stderr: %r" % err)
        check(binary in err, "binary file not named on stderr: %r" % err)
        rows = check_csv(r.stdout, "partial")
        check(any(article in e["source"] for e in rows_as_dicts(rows)),
              "the readable article was not exported")

        # A file that cannot be written: exit 1, named, nothing left behind.
        nowhere = os.path.join(tmp, "no-folder", "events.csv")
        r = run(tool, "-o", nowhere, article)
        check(r.returncode == 1, "unwritable output exits %d" % r.returncode)
        check(nowhere in r.stderr.decode(), "unwritable output not named")

        check_interrupt(tool, tmp)
        check_grouping(tool, tmp)

    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
