#!/usr/bin/env python3
# Checks the built shared-mime-info package for project files: it is the
# XML the spec asks for, and update-mime-database (the tool the desktop
# runs after an install) maps both the *.chancery glob and the
# <chancery-project> root element to application/x-chancery-project.
#
# Usage: check-mime.py BUILT-MIME-XML

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

NS = '{http://www.freedesktop.org/standards/shared-mime-info}'
MIME_TYPE = 'application/x-chancery-project'

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def main():
    path = sys.argv[1]
    root = ET.parse(path).getroot()
    check(root.tag == NS + 'mime-info', 'root element is %s, not mime-info' % root.tag)
    types = root.findall(NS + 'mime-type')
    check(len(types) == 1, 'expected one mime-type, found %d' % len(types))
    mt = types[0]
    check(mt.get('type') == MIME_TYPE, 'mime type is %s' % mt.get('type'))
    globs = [g.get('pattern') for g in mt.findall(NS + 'glob')]
    check(globs == ['*.chancery'], 'globs are %r' % globs)
    roots = mt.findall(NS + 'root-XML')
    check(len(roots) == 1 and roots[0].get('localName') == 'chancery-project'
          and roots[0].get('namespaceURI') == '',
          'root-XML is missing or wrong')
    comments = [c for c in mt.findall(NS + 'comment') if not c.attrib]
    check(len(comments) == 1 and comments[0].text, 'no untranslated comment')

    tool = shutil.which('update-mime-database')
    if tool is None:
        failures.append('update-mime-database is not installed (package shared-mime-info)')
    else:
        with tempfile.TemporaryDirectory() as tmp:
            # A mime folder inside XDG_DATA_HOME, as on a real system.
            mimedir = os.path.join(tmp, 'mime')
            packages = os.path.join(mimedir, 'packages')
            os.makedirs(packages)
            shutil.copy(path, os.path.join(packages, os.path.basename(path)))
            env = dict(os.environ, XDG_DATA_HOME=tmp)
            result = subprocess.run([tool, mimedir], capture_output=True, text=True, env=env)
            check(result.returncode == 0,
                  'update-mime-database failed: %s' % result.stderr.strip())
            check(result.stderr.strip() == '',
                  'update-mime-database complained: %s' % result.stderr.strip())
            with open(os.path.join(mimedir, 'globs2'), encoding='utf-8') as f:
                globs2 = f.read()
            check(':%s:*.chancery' % MIME_TYPE in globs2,
                  'globs2 does not map *.chancery: %r' % globs2)
            with open(os.path.join(mimedir, 'XMLnamespaces'), encoding='utf-8') as f:
                namespaces = f.read()
            check(' chancery-project %s' % MIME_TYPE in namespaces,
                  'XMLnamespaces does not map <chancery-project>: %r' % namespaces)

    for failure in failures:
        print('FAIL:', failure)
    if failures:
        sys.exit(1)
    print('MIME package OK')


main()
