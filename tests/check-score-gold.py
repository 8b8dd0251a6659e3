#!/usr/bin/env python3
# Checks the gold annotations of the sample corpus and the scorer that uses
# them, without the extractor:
#
#  1. the gold CSV is well formed (EVENTS.md header, CRLF, UTF-8, valid
#     types, CAMEO codes, dates, ISO codes, topic slugs, sorted lists,
#     reports = number of sources) and every source exists in the samples
#     folder (feed items counted with a real XML parser);
#  2. gold scored against itself gives 1.0 everywhere and exit status 0,
#     also when the sources are written as absolute paths or file:// URIs;
#  3. a damaged copy (one date changed, one participant dropped, one row
#     removed, one name respelt) lowers exactly the scores it should, by
#     exactly the expected amounts, and a strict threshold makes the scorer
#     exit 1; an empty extraction scores 0 everywhere.
#
# usage: check-score-gold.py SCORE_GOLD_PY GOLD_CSV SAMPLES_DIR

import csv
import datetime
import html
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

COLUMNS = ('event_id,date,date_precision,type,cameo,location,location_country,venue,'
           'occasion,participants,roles,countries,organizations,topics,source,'
           'source_title,evidence,confidence,date_text,dateline,reports').split(',')
CAMEO = {'meeting': '040', 'visit': '042', 'third_country': '044',
         'phone_call': '041', 'agreement': '057', 'negotiation': '046'}
TOPICS = {'trade', 'investment', 'finance', 'energy', 'industry', 'agriculture',
          'health', 'technology', 'connectivity', 'defense', 'security', 'peace',
          'water', 'climate', 'education_culture', 'governance', 'parliamentary',
          'multilateral'}
PRECISION = {'day': r'\d{4}-\d{2}-\d{2}', 'month': r'\d{4}-\d{2}', 'year': r'\d{4}'}
ATOM = '{http://www.w3.org/2005/Atom}'

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def split_list(cell):
    return [x.strip() for x in cell.split(';') if x.strip()]


def feed_items(path):
    root = ET.parse(path).getroot()
    if root.tag == 'rss':
        return len(root.findall('./channel/item'))
    if root.tag == ATOM + 'feed':
        return len(root.findall(ATOM + 'entry'))
    return 0


def read_spellings(gold_path):
    # people.csv beside the gold file: canonical name -> its spellings.
    spellings = {}
    path = os.path.join(os.path.dirname(gold_path), 'people.csv')
    with open(path, newline='', encoding='utf-8') as f:
        reader = csv.reader(f)
        check(next(reader) == ['canonical', 'spelling'], 'people.csv: bad header')
        for canonical, spelling in reader:
            spellings.setdefault(canonical, {canonical}).add(spelling)
    return spellings


def plain_text(path, cache={}):
    # The file's text with markup entities resolved twice (feeds escape
    # their HTML), enough to find a name in it.
    if path not in cache:
        text = pathlib.Path(path).read_text(encoding='utf-8')
        cache[path] = ' '.join(html.unescape(html.unescape(text)).split())
    return cache[path]


def validate_gold(gold_path, samples_dir):
    raw = pathlib.Path(gold_path).read_bytes()
    raw.decode('utf-8')
    check(b'\n' not in raw.replace(b'\r\n', b''), 'gold: every line must end in CRLF')
    with open(gold_path, newline='', encoding='utf-8') as f:
        rows = list(csv.reader(f))
    check(rows and rows[0] == COLUMNS, 'gold: header differs from EVENTS.md')
    items_cache = {}
    spellings = read_spellings(gold_path)
    for n, cells in enumerate(rows[1:], start=2):
        where = 'gold line %d' % n
        if not check(len(cells) == len(COLUMNS), '%s: %d cells' % (where, len(cells))):
            continue
        r = dict(zip(COLUMNS, cells))
        check(r['type'] in CAMEO, '%s: unknown type %r' % (where, r['type']))
        check(CAMEO.get(r['type']) == r['cameo'], '%s: cameo %r does not fit type' % (where, r['cameo']))
        if r['date']:
            pattern = PRECISION.get(r['date_precision'])
            ok = check(pattern and re.fullmatch(pattern, r['date']),
                       '%s: date %r does not fit precision %r' % (where, r['date'], r['date_precision']))
            if ok and r['date_precision'] == 'day':
                datetime.date.fromisoformat(r['date'])
        else:
            check(r['date_precision'] == '', '%s: precision without a date' % where)
        for field in ('countries', 'topics'):
            items = split_list(r[field])
            check(items == sorted(set(items)), '%s: %s not sorted or repeated' % (where, field))
            check(r[field] == '; '.join(items), '%s: %s not "; "-joined' % (where, field))
        for code in split_list(r['countries']) + ([r['location_country']] if r['location_country'] else []):
            check(re.fullmatch(r'[A-Z]{2}', code), '%s: bad country code %r' % (where, code))
        for topic in split_list(r['topics']):
            check(topic in TOPICS, '%s: unknown topic %r' % (where, topic))
        people, roles = split_list(r['participants']), split_list(r['roles'])
        check(not roles or len(roles) == len(people), '%s: roles do not pair with participants' % where)
        check(len(set(people)) == len(people), '%s: a participant listed twice' % where)
        sources = split_list(r['source'])
        texts = [plain_text(os.path.join(samples_dir, x.partition('#')[0])) for x in sources
                 if os.path.isfile(os.path.join(samples_dir, x.partition('#')[0]))]
        for person in people:
            forms = spellings.get(person, {person})
            check(any(form in text for form in forms for text in texts),
                  '%s: %s appears in none of its sources' % (where, person))
        check(r['reports'] == str(len(sources)), '%s: reports %r but %d sources' % (where, r['reports'], len(sources)))
        for source in sources:
            base, _, item = source.partition('#')
            path = os.path.join(samples_dir, base)
            if not check(os.path.isfile(path), '%s: no such sample %s' % (where, base)):
                continue
            if item:
                if path not in items_cache:
                    items_cache[path] = feed_items(path)
                check(item.isdigit() and 1 <= int(item) <= items_cache[path],
                      '%s: %s has no item %s' % (where, base, item))
    return rows


def run_scorer(scorer, extracted, gold, samples_dir, *extra):
    proc = subprocess.run([sys.executable, scorer, '--extracted', extracted, '--gold', gold,
                           '--samples', samples_dir] + list(extra),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
    last = [line for line in proc.stdout.splitlines() if line.startswith('gold: ')]
    if not check(last, 'scorer printed no final line:\n' + proc.stdout + proc.stderr):
        return proc.returncode, {}
    figures = dict(item.split('=') for item in last[-1].split()[2:])
    return proc.returncode, {k: float(v) for k, v in figures.items()}


def write_rows(path, rows):
    with open(path, 'w', newline='', encoding='utf-8') as f:
        csv.writer(f, lineterminator='\r\n').writerows(rows)


def expect(figures, key, value, label):
    check(key in figures and abs(figures[key] - value) < 1e-4,
          '%s: %s = %s, expected %.4f' % (label, key, figures.get(key), value))


def main():
    scorer, gold, samples_dir = sys.argv[1:4]
    rows = validate_gold(gold, samples_dir)
    header, body = rows[0], rows[1:]
    col = {name: i for i, name in enumerate(header)}
    all_keys = ('event_f1', 'date', 'location', 'participants_f1', 'countries_f1',
                'topics_f1', 'names')

    # Gold against itself.
    status, figures = run_scorer(scorer, gold, gold, samples_dir)
    check(status == 0, 'gold against itself: exit status %d' % status)
    for key in all_keys:
        expect(figures, key, 1.0, 'gold against itself')

    with tempfile.TemporaryDirectory() as tmp:
        # The same events with sources as absolute paths and file:// URIs.
        moved = [list(r) for r in body]
        for i, r in enumerate(moved):
            sources = split_list(r[col['source']])
            if i % 2:
                sources = [os.path.join(os.path.abspath(samples_dir), s) for s in sources]
            else:
                sources = [pathlib.Path(os.path.abspath(samples_dir), s.partition('#')[0]).as_uri()
                           + ('#' + s.partition('#')[2] if '#' in s else '') for s in sources]
            r[col['source']] = '; '.join(sources)
        path = os.path.join(tmp, 'moved.csv')
        write_rows(path, [header] + moved)
        status, figures = run_scorer(scorer, path, gold, samples_dir)
        check(status == 0, 'absolute sources: exit status %d' % status)
        for key in all_keys:
            expect(figures, key, 1.0, 'absolute sources')

        # Damage rows whose source has only that one event, so that the
        # matching cannot pair them with a neighbour.
        count = {}
        for r in body:
            count[r[col['source']]] = count.get(r[col['source']], 0) + 1
        single = [i for i, r in enumerate(body)
                  if count[r[col['source']]] == 1 and r[col['date_precision']] == 'day'
                  and len(split_list(r[col['participants']])) >= 2]
        if not check(len(single) >= 3, 'gold has too few single-event documents to damage'):
            return
        i_date, i_person, i_removed = single[0], single[1], single[2]
        damaged = [list(r) for r in body]
        d = datetime.date.fromisoformat(damaged[i_date][col['date']]) + datetime.timedelta(days=1)
        damaged[i_date][col['date']] = d.isoformat()
        people = split_list(damaged[i_person][col['participants']])
        damaged[i_person][col['participants']] = '; '.join(people[:-1])
        kept = [r for i, r in enumerate(damaged) if i != i_removed]
        path = os.path.join(tmp, 'damaged.csv')
        write_rows(path, [header] + kept)

        n = len(body)
        total_people = sum(len(split_list(r[col['participants']]))
                           for i, r in enumerate(body) if i != i_removed)
        status, figures = run_scorer(scorer, path, gold, samples_dir)
        expect(figures, 'event_f1', 2 * (n - 1) / (2 * n - 1), 'damaged')
        expect(figures, 'date', (n - 2) / (n - 1), 'damaged')
        expect(figures, 'participants_f1', 2 * (total_people - 1) / (2 * total_people - 1), 'damaged')
        for key in ('location', 'countries_f1', 'topics_f1', 'names'):
            expect(figures, key, 1.0, 'damaged')
        check(status == 0, 'damaged copy with default thresholds: exit status %d' % status)
        status, _ = run_scorer(scorer, path, gold, samples_dir, '--min-date', '0.999')
        check(status == 1, 'damaged copy with --min-date 0.999: exit status %d, expected 1' % status)

        # One person under two names: participants still match through the
        # alias table, but the person no longer has one name.
        respelt = [list(r) for r in body]
        hits = [i for i, r in enumerate(respelt)
                if 'Valentina Matvienko' in split_list(r[col['participants']])]
        if check(len(hits) >= 2, 'gold should name Valentina Matvienko in two events'):
            r = respelt[hits[0]]
            r[col['participants']] = r[col['participants']].replace('Valentina Matvienko',
                                                                    'Valentina Matviyenko')
            path = os.path.join(tmp, 'respelt.csv')
            write_rows(path, [header] + respelt)
            distinct = set()
            for r in body:
                distinct.update(split_list(r[col['participants']]))
            status, figures = run_scorer(scorer, path, gold, samples_dir)
            expect(figures, 'participants_f1', 1.0, 'respelt')
            expect(figures, 'names', (len(distinct) - 1) / len(distinct), 'respelt')
            check(status == 1, 'respelt: exit status %d, expected 1' % status)

        # Nothing extracted: every score is 0 and the scorer fails.
        path = os.path.join(tmp, 'empty.csv')
        write_rows(path, [header])
        status, figures = run_scorer(scorer, path, gold, samples_dir)
        for key in all_keys:
            expect(figures, key, 0.0, 'nothing extracted')
        check(status == 1, 'nothing extracted: exit status %d, expected 1' % status)

    for message in failures:
        print('FAIL:', message)
    if not failures:
        print('gold annotations and scorer: all checks passed (%d gold events)' % len(body))


if __name__ == '__main__':
    main()
    sys.exit(1 if failures else 0)
