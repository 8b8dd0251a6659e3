#!/usr/bin/env python3
"""Prints 'N passed, N failed' from meson's testlog.json; exits 1 on any failure."""

import json
import sys


def main(path):
    passed = failed = skipped = 0
    try:
        with open(path, encoding='utf-8') as log:
            for line in log:
                if not line.strip():
                    continue
                result = json.loads(line).get('result')
                if result in ('OK', 'EXPECTEDFAIL'):
                    passed += 1
                elif result == 'SKIP':
                    skipped += 1
                else:
                    failed += 1
    except OSError as error:
        print(f'{path}: {error.strerror}', file=sys.stderr)
        failed += 1
    summary = f'{passed} passed, {failed} failed'
    if skipped:
        summary += f', {skipped} skipped'
    print(summary)
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
