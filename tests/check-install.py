#!/usr/bin/env python3
# Installs the build into a temporary DESTDIR (never touching the machine)
# and checks that every file lands where a Linux desktop looks for it:
# binaries on PATH, the desktop file, its D-Bus service, icons, metainfo,
# the GSettings schema, the MIME package, the sample corpus and the
# translations. Then it checks that those files agree with each other
# (the desktop file's Exec and Icon, the service's Exec).
#
# Usage: check-install.py BUILD-ROOT SOURCE-ROOT

import configparser
import json
import os
import shutil
import subprocess
import sys
import tempfile

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def introspect(build, what):
    out = subprocess.run(['meson', 'introspect', '--' + what, build],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def option(options, name):
    for o in options:
        if o['name'] == name:
            return o['value']
    raise KeyError(name)


def read_ini(path):
    ini = configparser.ConfigParser(interpolation=None, strict=True)
    ini.optionxform = str
    with open(path, encoding='utf-8') as f:
        ini.read_file(f)
    return ini


def main():
    build, source = sys.argv[1], sys.argv[2]
    options = introspect(build, 'buildoptions')
    prefix = option(options, 'prefix')
    bindir = os.path.join(prefix, option(options, 'bindir'))
    datadir = os.path.join(prefix, option(options, 'datadir'))
    localedir = os.path.join(prefix, option(options, 'localedir'))
    app_id = 'io.github.chancery.Chancery'
    if option(options, 'development'):
        app_id += '.Devel'

    targets = {t['name'] for t in introspect(build, 'targets') if t.get('installed')}
    with open(os.path.join(source, 'po', 'LINGUAS'), encoding='utf-8') as f:
        linguas = [w for line in f for w in line.split('#')[0].split()]

    with tempfile.TemporaryDirectory(prefix='chancery-install-') as destdir:
        result = subprocess.run(['meson', 'install', '-C', build, '--no-rebuild',
                                 '--quiet', '--destdir', destdir],
                                capture_output=True, text=True)
        if not check(result.returncode == 0,
                     'meson install failed:\n%s%s' % (result.stdout, result.stderr)):
            return

        def root(path):
            return destdir + path

        expected = [
            os.path.join(datadir, 'applications', app_id + '.desktop'),
            os.path.join(datadir, 'dbus-1', 'services', app_id + '.service'),
            os.path.join(datadir, 'icons', 'hicolor', 'scalable', 'apps', app_id + '.svg'),
            os.path.join(datadir, 'icons', 'hicolor', 'symbolic', 'apps',
                         app_id + '-symbolic.svg'),
            os.path.join(datadir, 'metainfo', app_id + '.metainfo.xml'),
            os.path.join(datadir, 'glib-2.0', 'schemas', 'io.github.chancery.Chancery.gschema.xml'),
            os.path.join(datadir, 'mime', 'packages', app_id + '.xml'),
        ]
        for binary in ('chancery', 'chancery-extract'):
            # A binary is required as soon as the build defines it.
            if binary in targets:
                expected.append(os.path.join(bindir, binary))
            else:
                print('# %s is not part of this build yet' % binary)
        for lang in linguas:
            expected.append(os.path.join(localedir, lang, 'LC_MESSAGES', 'chancery.mo'))
        check('ru' in linguas and 'ur' in linguas, 'LINGUAS lacks ru or ur: %r' % linguas)

        for path in expected:
            if check(os.path.isfile(root(path)), 'not installed: %s' % path):
                print('ok %s' % path)
        for binary in ('chancery', 'chancery-extract'):
            path = root(os.path.join(bindir, binary))
            if os.path.exists(path):
                check(os.access(path, os.X_OK), 'not executable: %s' % path)

        # The bundled corpus: the same files as data/samples.
        samples_src = os.path.join(source, 'data', 'samples')
        samples_dst = root(os.path.join(datadir, 'chancery', 'samples'))
        src_files = sorted(f for f in os.listdir(samples_src))
        if check(os.path.isdir(samples_dst), 'not installed: %s' % samples_dst):
            dst_files = sorted(os.listdir(samples_dst))
            check(dst_files == src_files,
                  'installed samples differ from data/samples: %r' % dst_files)
            check(len(dst_files) > 0, 'installed samples folder is empty')
            print('ok %s (%d entries)' % (samples_dst[len(destdir):], len(dst_files)))

        # The desktop file starts what is installed, shows the installed icon
        # and is valid after translation.
        desktop = root(os.path.join(datadir, 'applications', app_id + '.desktop'))
        if os.path.isfile(desktop):
            entry = read_ini(desktop)['Desktop Entry']
            exe = entry['Exec'].split()[0]
            check(exe == 'chancery', 'desktop Exec is %r' % entry['Exec'])
            check(entry['Icon'] == app_id, 'desktop Icon is %r' % entry['Icon'])
            check(entry.get('DBusActivatable') == 'true', 'desktop file is not DBusActivatable')
            check('application/x-chancery-project' in entry['MimeType'].split(';'),
                  'desktop file does not open project files')
            for lang in ('ru', 'ur'):
                if lang in linguas:
                    check('Comment[%s]' % lang in entry,
                          'desktop Comment not translated to %s' % lang)
            validate = shutil.which('desktop-file-validate')
            if validate:
                r = subprocess.run([validate, desktop], capture_output=True, text=True)
                # Hints (two main categories: Office and Education) are
                # advice, errors and warnings are not.
                bad = [l for l in r.stdout.splitlines() if ': error:' in l or ': warning:' in l]
                check(r.returncode == 0 and not bad,
                      'installed desktop file invalid: %s' % r.stdout)

        # D-Bus activation starts the installed binary by its absolute path
        # under the real prefix, with the bus name the app owns.
        service = root(os.path.join(datadir, 'dbus-1', 'services', app_id + '.service'))
        if os.path.isfile(service):
            svc = read_ini(service)['D-BUS Service']
            check(svc['Name'] == app_id, 'service Name is %r' % svc['Name'])
            check(svc['Exec'] == os.path.join(bindir, 'chancery') + ' --gapplication-service',
                  'service Exec is %r' % svc['Exec'])

        # The schema compiles where it is installed, as the post-install
        # step does it on a real system.
        schemas = root(os.path.join(datadir, 'glib-2.0', 'schemas'))
        compiler = shutil.which('glib-compile-schemas')
        if compiler and os.path.isdir(schemas):
            r = subprocess.run([compiler, '--strict', schemas], capture_output=True, text=True)
            check(r.returncode == 0, 'installed schema does not compile: %s' % r.stderr)

    for failure in failures:
        print('FAIL:', failure)
    if failures:
        sys.exit(1)
    print('install layout OK')


main()
