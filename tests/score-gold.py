#!/usr/bin/env python3
# Scores chancery-extract against the hand-made gold annotations of the
# bundled sample corpus (tests/gold/samples.csv, see tests/gold/README.md).
#
# It runs the extractor on the samples folder (or reads a CSV it wrote
# earlier, --extracted), matches extracted events to gold events and prints
# one score per field, then a final line.  The exit status is 1 when a score
# is below its threshold, so that the script can serve as a test.
#
# Only the standard library is used; the CSV is read with the csv module, as
# any outside consumer of the EVENTS.md format would read it.

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import unicodedata
import urllib.parse

COLUMNS = [
    'event_id', 'date', 'date_precision', 'type', 'cameo', 'location',
    'location_country', 'venue', 'occasion', 'participants', 'roles',
    'countries', 'organizations', 'topics', 'source', 'source_title',
    'evidence', 'confidence', 'date_text', 'dateline', 'reports',
]

# (key, label, option, default threshold): the targets of DESIGN.md.
SCORES = [
    ('event_f1', 'event F1', 'min_event_f1', 0.90),
    ('date', 'date accuracy', 'min_date', 0.90),
    ('location', 'location accuracy', 'min_location', 0.90),
    ('participants_f1', 'participants F1', 'min_participants_f1', 0.90),
    ('countries_f1', 'countries F1', 'min_countries_f1', 0.95),
    ('topics_f1', 'topics F1', 'min_topics_f1', 0.80),
    ('names', 'one name per person', 'min_names', 1.00),
]

FORMULA_CHARS = ('=', '+', '-', '@', '\t', '\r')


class Event:
    __slots__ = ('row', 'line', 'sources', 'date', 'type', 'location',
                 'participants', 'keys', 'countries', 'topics')

    def __init__(self, row, line, sources, aliases):
        self.row = row
        self.line = line
        self.sources = frozenset(sources)
        self.date = row['date'].strip()
        self.type = row['type'].strip()
        self.location = fold(row['location'])
        self.participants = split_list(row['participants'])
        # Participants compared through the alias table, so that a
        # transliteration is not counted as a different person.
        self.keys = [person_key(p, aliases) for p in self.participants]
        self.countries = set(c.upper() for c in split_list(row['countries']))
        self.topics = set(t.lower() for t in split_list(row['topics']))

    def describe(self):
        return '%s %s [%s] %s (%s)' % (
            self.date or '????', self.type, '; '.join(self.participants),
            self.row['location'], '; '.join(sorted(self.sources)))


def fold(text):
    """Lower case, no diacritics, single spaces, no dots."""
    text = unicodedata.normalize('NFKD', text or '')
    text = ''.join(c for c in text if not unicodedata.combining(c))
    text = text.replace('.', ' ').replace('\u2019', "'")
    return ' '.join(text.casefold().split())


def split_list(cell):
    return [item.strip() for item in (cell or '').split(';') if item.strip()]


def person_key(name, aliases):
    key = fold(name)
    return aliases.get(key, key)


def unescape_cell(value):
    # EVENTS.md: a cell that would start with a formula character is written
    # with a leading quote.
    if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_CHARS:
        return value[1:]
    return value


def relative_source(source, samples_dir):
    """Maps a source as the extractor wrote it to a path relative to the
    samples folder, keeping a feed item's "#n"."""
    base, sep, fragment = source.rpartition('#')
    if not sep or not fragment.isdigit():
        base, fragment = source, ''
    if base.startswith('file:'):
        base = urllib.parse.unquote(urllib.parse.urlparse(base).path)
    if os.path.isabs(base):
        path = base
    else:
        path = os.path.join(samples_dir, base)
        if not os.path.exists(path):
            path = os.path.abspath(base)
    rel = os.path.relpath(os.path.realpath(path), os.path.realpath(samples_dir))
    rel = rel.replace(os.sep, '/')
    return rel + ('#' + fragment if fragment else '')


def read_aliases(path):
    aliases = {}
    if not path:
        return aliases
    with open(path, newline='', encoding='utf-8') as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != ['canonical', 'spelling']:
            raise SystemExit('%s: header must be "canonical,spelling"' % path)
        for row in reader:
            canonical = fold(row['canonical'])
            aliases[fold(row['spelling'])] = canonical
            aliases[canonical] = canonical
    return aliases


def read_events(path, samples_dir, aliases, strict_header):
    events = []
    with open(path, newline='', encoding='utf-8-sig') as f:
        reader = csv.reader(f)
        try:
            header = next(reader)
        except StopIteration:
            raise SystemExit('%s: empty file, expected the EVENTS.md header' % path)
        # Columns may only ever be added at the end (EVENTS.md).
        if header[:len(COLUMNS)] != COLUMNS or (strict_header and header != COLUMNS):
            raise SystemExit('%s: header is not the EVENTS.md header:\n  %s'
                             % (path, ','.join(header)))
        for cells in reader:
            if not any(cells):
                continue
            if len(cells) < len(COLUMNS):
                raise SystemExit('%s:%d: %d cells, expected %d'
                                 % (path, reader.line_num, len(cells), len(COLUMNS)))
            row = {name: unescape_cell(cells[i]) for i, name in enumerate(COLUMNS)}
            sources = [relative_source(s, samples_dir) for s in split_list(row['source'])]
            events.append(Event(row, reader.line_num, sources, aliases))
    return events


def jaccard(a, b):
    a, b = set(a), set(b)
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def match(extracted, gold):
    """Greedy best match: a pair is a candidate when the sources overlap and
    the date, the type or a participant agree; the best-scoring pairs are
    taken first, each event at most once."""
    candidates = []
    for i, e in enumerate(extracted):
        for j, g in enumerate(gold):
            if not e.sources & g.sources:
                continue
            same_date = bool(g.date) and e.date == g.date
            same_type = e.type == g.type
            shared = set(e.keys) & set(g.keys)
            if not (same_date or same_type or shared):
                continue
            score = (jaccard(e.sources, g.sources) + 2.0 * same_date + same_type
                     + 2.0 * jaccard(e.keys, g.keys) + jaccard(e.countries, g.countries)
                     + 0.5 * (e.location == g.location))
            candidates.append((-score, i, j))
    candidates.sort()
    used_e, used_g, pairs = set(), set(), []
    for _, i, j in candidates:
        if i in used_e or j in used_g:
            continue
        used_e.add(i)
        used_g.add(j)
        pairs.append((extracted[i], gold[j]))
    return pairs


def f1(tp, fp, fn):
    if tp + fp + fn == 0:
        return 1.0, 1.0, 1.0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def set_counts(pairs, attr):
    tp = fp = fn = 0
    for e, g in pairs:
        ev, gv = set(getattr(e, attr)), set(getattr(g, attr))
        tp += len(ev & gv)
        fp += len(ev - gv)
        fn += len(gv - ev)
    return tp, fp, fn


def score(extracted, gold, details):
    pairs = match(extracted, gold)
    s = {}
    n = len(pairs)
    s['event_p'], s['event_r'], s['event_f1'] = f1(n, len(extracted) - n, len(gold) - n)
    if not extracted and not gold:
        s['event_p'] = s['event_r'] = s['event_f1'] = 1.0

    # An extracted date where gold has none is wrong (invented), and so is
    # a missing one where gold has one.
    s['date'] = sum(e.date == g.date for e, g in pairs) / n if n else 0.0
    s['location'] = sum(e.location == g.location for e, g in pairs) / n if n else 0.0
    for attr, key in (('keys', 'participants'), ('countries', 'countries'),
                      ('topics', 'topics')):
        counts = set_counts(pairs, attr)
        s[key + '_p'], s[key + '_r'], s[key + '_f1'] = f1(*counts) if n else (0.0, 0.0, 0.0)
        s[key + '_counts'] = counts

    # Every spelling of one person must come out as one name: for each gold
    # person, the distinct names the extractor gave them across all events.
    spellings = {}
    for e, g in pairs:
        gold_keys = set(g.keys)
        for name, key in zip(e.participants, e.keys):
            if key in gold_keys:
                spellings.setdefault(key, set()).add(name)
    split = {k: v for k, v in spellings.items() if len(v) > 1}
    # Nobody found is no evidence of resolution: that scores 0, not 1.
    s['names'] = (len(spellings) - len(split)) / len(spellings) if spellings else 0.0
    s['names_counts'] = (len(spellings) - len(split), len(spellings))
    s['pairs'] = n

    if details:
        print_details(extracted, gold, pairs, split)
    return s


def print_details(extracted, gold, pairs, split):
    matched_e = {id(e) for e, _ in pairs}
    matched_g = {id(g) for _, g in pairs}
    out = []
    for g in gold:
        if id(g) not in matched_g:
            out.append('missed   (gold line %d): %s' % (g.line, g.describe()))
    for e in extracted:
        if id(e) not in matched_e:
            out.append('spurious (line %d): %s' % (e.line, e.describe()))
    for e, g in pairs:
        where = '(gold line %d, extracted line %d)' % (g.line, e.line)
        if e.date != g.date:
            out.append('date     %s: %r, gold %r' % (where, e.date, g.date))
        if e.location != g.location:
            out.append('location %s: %r, gold %r' % (where, e.row['location'], g.row['location']))
        if set(e.keys) != set(g.keys):
            out.append('people   %s: %s | gold %s' % (where, '; '.join(e.participants),
                                                    '; '.join(g.participants)))
        if e.countries != g.countries:
            out.append('country  %s: %s | gold %s' % (where, '; '.join(sorted(e.countries)),
                                                    '; '.join(sorted(g.countries))))
        if e.topics != g.topics:
            out.append('topics   %s: +%s -%s' % (where, ','.join(sorted(e.topics - g.topics)),
                                                 ','.join(sorted(g.topics - e.topics))))
    for key, names in sorted(split.items()):
        out.append('names    one person, several names: %s' % ' / '.join(sorted(names)))
    if out:
        print('\n'.join(out))
        print()


def run_extractor(extract, samples_dir, out_path, timeout):
    try:
        proc = subprocess.run([extract, '--output', out_path, samples_dir],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise SystemExit('could not run %s: %s' % (extract, e))
    sys.stderr.write(proc.stderr.decode('utf-8', 'replace'))
    if proc.returncode not in (0, 1) or not os.path.exists(out_path):
        raise SystemExit('%s exited with status %d and wrote no CSV'
                         % (extract, proc.returncode))
    return proc.returncode


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description='Score chancery-extract against gold annotations.')
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument('--extract', help='the chancery-extract program to run on the samples')
    src.add_argument('--extracted', help='score this CSV (written earlier) instead of running the extractor')
    ap.add_argument('--samples', required=True, help='the samples folder')
    ap.add_argument('--gold', required=True, help='the gold CSV')
    ap.add_argument('--people', default=None,
                    help='canonical,spelling table (default: people.csv beside the gold file)')
    ap.add_argument('--details', action='store_true',
                    help='list missed, spurious and mismatched events')
    ap.add_argument('--timeout', type=float, default=100.0)
    for key, label, option, default in SCORES:
        ap.add_argument('--' + option.replace('_', '-'), dest=option, type=float,
                        default=default, help='threshold for %s (default %.2f)' % (label, default))
    args = ap.parse_args()

    samples_dir = os.path.abspath(args.samples)
    if not os.path.isdir(samples_dir):
        raise SystemExit('%s: not a folder' % args.samples)
    people = args.people
    if people is None:
        people = os.path.join(os.path.dirname(os.path.abspath(args.gold)), 'people.csv')
        if not os.path.exists(people):
            people = None
    aliases = read_aliases(people)
    gold = read_events(args.gold, samples_dir, aliases, strict_header=True)

    status_note = ''
    if args.extract:
        with tempfile.TemporaryDirectory(prefix='chancery-gold-') as tmp:
            out_path = os.path.join(tmp, 'extracted.csv')
            status = run_extractor(args.extract, samples_dir, out_path, args.timeout)
            extracted = read_events(out_path, samples_dir, aliases, strict_header=False)
        if status != 0:
            status_note = 'chancery-extract could not read every sample (status %d)' % status
    else:
        extracted = read_events(args.extracted, samples_dir, aliases, strict_header=False)

    s = score(extracted, gold, args.details)

    print('%-24s %8s' % ('events', ''))
    print('  %-22s %8d' % ('gold', len(gold)))
    print('  %-22s %8d' % ('extracted', len(extracted)))
    print('  %-22s %8d' % ('matched', s['pairs']))
    print('  %-22s %8.4f' % ('precision', s['event_p']))
    print('  %-22s %8.4f' % ('recall', s['event_r']))
    for field in ('participants', 'countries', 'topics'):
        tp, fp, fn = s[field + '_counts']
        print('%-24s P %.4f  R %.4f  (tp %d, fp %d, fn %d)'
              % (field, s[field + '_p'], s[field + '_r'], tp, fp, fn))
    print('names: %d of %d people under one name' % s['names_counts'])
    print()
    print('%-24s %8s %10s' % ('score', 'value', 'threshold'))
    failed = []
    for key, label, option, _ in SCORES:
        threshold = getattr(args, option)
        ok = s[key] >= threshold
        if not ok:
            failed.append(label)
        print('%-24s %8.4f %10.2f  %s' % (label, s[key], threshold, 'ok' if ok else 'BELOW'))
    if status_note:
        failed.append(status_note)
        print(status_note)
    print()
    figures = ' '.join('%s=%.4f' % (key, s[key]) for key, _, _, _ in SCORES)
    print('gold: %s %s' % ('FAIL' if failed else 'PASS', figures))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
