#!/usr/bin/env python3
# Checks every translation named in po/LINGUAS: it exists, msgfmt --check
# accepts it (format strings, plural forms, header), and no message is
# untranslated or fuzzy.
#
# It also lists the strings of the sources that a translation does not
# have yet (by running xgettext over po/POTFILES.in as the build's
# chancery-pot target does). Those are reported, not failed on, so that a
# new string does not break the build before its translators had a chance;
# set CHANCERY_STRICT_PO=1 to fail on them too, as a release check should.
#
# Usage: check-po.py SOURCE-ROOT

import os
import re
import shutil
import subprocess
import sys
import tempfile

# The keywords of meson's i18n.gettext(preset: 'glib').
XGETTEXT_ARGS = [
    '--from-code=UTF-8', '--add-comments',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3',
    '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format',
    '--flag=NC_:2:pass-c-format', '--flag=g_dngettext:2:pass-c-format',
    '--flag=g_strdup_printf:1:c-format', '--flag=g_string_printf:2:c-format',
    '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format',
    '--flag=g_log:3:c-format', '--flag=g_print:1:c-format',
    '--flag=g_printerr:1:c-format', '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format', '--flag=g_sprintf:2:c-format',
    '--flag=g_snprintf:3:c-format',
]

STATS = re.compile(r'(\d+) translated messages?'
                   r'(?:, (\d+) fuzzy translations?)?'
                   r'(?:, (\d+) untranslated messages?)?')


def statistics(po):
    result = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, po],
                            capture_output=True, text=True)
    match = STATS.search(result.stderr)
    if result.returncode != 0 or match is None:
        return None, result.stderr.strip()
    return tuple(int(g or 0) for g in match.groups()), result.stderr.strip()


def make_pot(srcdir, tmp):
    pot = os.path.join(tmp, 'chancery.pot')
    result = subprocess.run(['xgettext', '--package-name=chancery', '-D', srcdir,
                             '-f', os.path.join(srcdir, 'po', 'POTFILES.in'),
                             '-o', pot] + XGETTEXT_ARGS,
                            capture_output=True, text=True)
    if result.returncode != 0:
        print('# xgettext failed: %s' % result.stderr.strip())
        return None
    return pot


def main():
    srcdir = sys.argv[1]
    podir = os.path.join(srcdir, 'po')
    with open(os.path.join(podir, 'LINGUAS'), encoding='utf-8') as f:
        linguas = [w for line in f for w in line.split('#')[0].split()]
    if not linguas:
        print('FAIL: po/LINGUAS names no language')
        sys.exit(1)
    for tool in ('msgfmt', 'msgmerge', 'xgettext'):
        if shutil.which(tool) is None:
            print('FAIL: %s is not installed (package gettext)' % tool)
            sys.exit(1)

    strict = os.environ.get('CHANCERY_STRICT_PO') == '1'
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        pot = make_pot(srcdir, tmp)
        for lang in linguas:
            po = os.path.join(podir, lang + '.po')
            if not os.path.exists(po):
                print('FAIL: %s is in LINGUAS but po/%s.po does not exist' % (lang, lang))
                failed += 1
                continue
            stats, text = statistics(po)
            if stats is None:
                print('FAIL: %s.po: msgfmt --check: %s' % (lang, text))
                failed += 1
                continue
            translated, fuzzy, untranslated = stats
            print('%s.po: %s' % (lang, text))
            if fuzzy or untranslated or translated == 0:
                print('FAIL: %s.po has %d fuzzy and %d untranslated messages'
                      % (lang, fuzzy, untranslated))
                failed += 1
            if pot is None:
                continue
            merged = os.path.join(tmp, lang + '.po')
            subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching', '-o', merged, po, pot],
                           check=True)
            stats, text = statistics(merged)
            missing = stats[1] + stats[2] if stats else 0
            if missing:
                print('%s %s.po lacks %d message(s) of the current sources; '
                      'run meson compile chancery-update-po and translate them'
                      % ('FAIL:' if strict else 'NOTE:', lang, missing))
                if strict:
                    failed += 1
    if failed:
        sys.exit(1)
    print('all %d translations complete' % len(linguas))


main()
