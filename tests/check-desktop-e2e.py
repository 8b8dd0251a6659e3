#!/usr/bin/python3
# The installed application as a user meets it. Installs Chancery into a
# temporary prefix (a real `meson install`, so the compiled-in LOCALEDIR
# and PKGDATADIR point at the installed files), then starts the installed
# binary on the test's display and reads its window through AT-SPI:
#
#  - the first start shows the installed sample corpus;
#  - in Russian, the window speaks the installed Russian catalog;
#  - launching the installed desktop file on a file, as a file manager's
#    "Open With" does, adds it to the running window (one instance, one
#    window), and a .chancery project opens the same way;
#  - with no instance running, the same launch starts the installed binary
#    through the installed D-Bus service file.
#
# The checks run on a private D-Bus session bus whose service directories
# include the temporary prefix, so that D-Bus activation finds the
# installed service, and no other test's Chancery owns the bus name.
# Prints TAP.
#
# Usage: check-desktop-e2e.py SOURCE-ROOT BUILD-ROOT [LOCPATH]
#   LOCPATH: the folder where the build made ru_RU.UTF-8 with localedef.

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

APP_ID = 'io.github.chancery.Chancery'

# Three short reports of meetings, written for this test.
ARTICLES = {
    '2024-05-14-no-id-oslo.txt':
        'OSLO, 14 May 2024 — Norwegian Foreign Minister Espen Barth Eide met '
        'Indonesian Foreign Minister Retno Marsudi in Oslo on Tuesday to discuss '
        'fisheries, forest protection and shipping lanes in the Indian Ocean.\n\n'
        'The two ministers agreed to set up a working group on ocean management '
        'before the end of the year.\n',
    '2024-06-03-cl-nz-wellington.txt':
        'WELLINGTON, 3 June 2024 — Chilean President Gabriel Boric held talks with '
        'New Zealand Prime Minister Christopher Luxon in Wellington on Monday, the '
        'first visit by a Chilean head of state in a decade.\n\n'
        'The leaders discussed Antarctic research, trade in fruit and wine, and '
        'cooperation on earthquake preparedness.\n',
}
THIRD_NAME = '2024-09-18-fi-ke-nairobi.txt'
THIRD = (
    'NAIROBI, 18 September 2024 — Finnish President Alexander Stubb met Kenyan '
    'President William Ruto in Nairobi on Wednesday for talks on renewable '
    'energy, forestry and education.\n\n'
    'Stubb, on his first trip to East Africa since taking office, also visited '
    'a geothermal plant in the Rift Valley.\n')
THIRD_PEOPLE = ('William Ruto', 'Alexander Stubb')
FIRST_PEOPLE = ('Espen Barth Eide', 'Retno Marsudi', 'Gabriel Boric', 'Christopher Luxon')

# Strings of the window that the Russian check looks for; their Russian
# comes from po/ru.po.
RU_MSGIDS = ['Main Menu', 'Show Filters', 'Search events', 'Event Types',
             'Participants', 'Countries', 'Load _Sample Corpus']

results = []
children = []


def report(ok, what, details=()):
    results.append(ok)
    print('%s %d - %s' % ('ok' if ok else 'not ok', len(results), what), flush=True)
    for line in details:
        print('# ' + line, flush=True)
    return ok


def note(text):
    for line in text.splitlines():
        print('# ' + line, flush=True)


# --- Installing ------------------------------------------------------------

def introspect(build, what):
    out = subprocess.run(['meson', 'introspect', '--' + what, build],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def install(source, build, tmp):
    """Configures a second build with the user's own prefix and installs
    it. Only the installed targets are compiled (without optimisation, which
    halves the compile time); `meson install` then installs exactly what a
    full build would, and fails if anything it needs was not built."""
    options = {o['name']: o['value'] for o in introspect(build, 'buildoptions')}
    tbuild = os.path.join(tmp, 'build')
    prefix = os.path.join(tmp, 'prefix')
    setup = ['meson', 'setup', tbuild, source, '--prefix=' + prefix,
             '-Dbuildtype=plain',
             '-Ddevelopment=' + ('true' if options.get('development') else 'false')]
    t0 = time.monotonic()
    r = subprocess.run(setup, capture_output=True, text=True)
    if r.returncode != 0:
        return None, 'meson setup failed:\n' + r.stdout[-3000:] + r.stderr[-3000:]
    outputs = []
    for t in introspect(tbuild, 'targets'):
        if t.get('installed'):
            outputs += [os.path.relpath(f, tbuild) for f in t['filename']]
    r = subprocess.run(['ninja', '-C', tbuild] + outputs, capture_output=True, text=True)
    if r.returncode != 0:
        return None, 'building the installed targets failed:\n' + r.stdout[-3000:]
    t1 = time.monotonic()
    r = subprocess.run(['meson', 'install', '-C', tbuild, '--no-rebuild', '--quiet'],
                       capture_output=True, text=True)
    if r.returncode != 0:
        return None, 'meson install failed:\n' + r.stdout[-3000:] + r.stderr[-3000:]
    note('configured and built %d installed targets in %.1f s, installed in %.1f s'
         % (len(outputs), t1 - t0, time.monotonic() - t1))
    app_id = APP_ID + ('.Devel' if options.get('development') else '')
    return (prefix, app_id), None


# --- AT-SPI ------------------------------------------------------------------

def bus_call(address, dest, path, method, *args):
    r = subprocess.run(['gdbus', 'call', '--session', '--dest', dest, '--object-path', path,
                        '--method', method] + list(args),
                       env=dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address),
                       capture_output=True, text=True, timeout=30)
    if r.returncode != 0:
        raise RuntimeError('%s failed: %s' % (method, r.stderr.strip()))
    return r.stdout.strip()


def start_bus(env):
    """A private session bus that activates services from XDG_DATA_DIRS,
    which includes the temporary prefix, and its own accessibility bus.

    Both the application and pyatspi would look for the accessibility bus
    first in the X root window's AT_SPI_BUS property, which the launcher of
    an earlier session on the same display may have set. So the launcher
    here starts without DISPLAY (it leaves the property alone) and its
    address is passed on in AT_SPI_BUS_ADDRESS. Services activated later
    (chancery itself) get DISPLAY through the activation environment."""
    quiet = {k: v for k, v in env.items() if k not in ('DISPLAY', 'WAYLAND_DISPLAY')}
    proc = subprocess.Popen(['dbus-daemon', '--session', '--nofork', '--print-address=1'],
                            env=quiet, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    children.append(proc)
    address = proc.stdout.readline().strip()
    if not address:
        raise RuntimeError('dbus-daemon printed no address')
    reply = bus_call(address, 'org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus.GetAddress')
    m = re.match(r"^\('(.*)',\)$", reply)
    if not m:
        raise RuntimeError('org.a11y.Bus.GetAddress answered %r' % reply)
    a11y = m.group(1)
    bus_call(address, 'org.freedesktop.DBus', '/org/freedesktop/DBus',
             'org.freedesktop.DBus.UpdateActivationEnvironment',
             "{'DISPLAY': '%s', 'AT_SPI_BUS_ADDRESS': '%s'}" % (env['DISPLAY'], a11y))
    return address, a11y


def apps_named(pyatspi, name):
    found = []
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        try:
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                found.append(app)
        except Exception:
            pass
    return found


def find_app(pyatspi, proc, timeout):
    """The accessible application of the process @proc, or None when it
    exits or does not appear in time."""
    pid = proc.pid
    desktop = pyatspi.Registry.getDesktop(0)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        for i in range(desktop.childCount):
            try:
                app = desktop.getChildAtIndex(i)
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                pass
        time.sleep(0.2)
    return None


# The event list's cells are thousands of nodes: its rows are not needed,
# the facets, labels and buttons are.
SKIP_ROLES = {'table', 'tree table'}


def visit(node, fn, depth=0):
    """Calls fn(node, role, name, description) on node and below it, in
    document order; below a node only when fn does not return True."""
    try:
        role = node.getRoleName()
        name = node.name or ''
        description = node.description or ''
        n = node.childCount
    except Exception:
        return
    if fn(node, role, name, description):
        return
    if role in SKIP_ROLES or depth > 60:
        return
    for i in range(n):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            visit(child, fn, depth + 1)


def walk(node, out):
    visit(node, lambda _n, role, name, description:
          out.append((role, name, description)))


def tree(app):
    out = []
    walk(app, out)
    return out


def frames(app):
    n = []
    try:
        for i in range(app.childCount):
            c = app.getChildAtIndex(i)
            if c is not None and c.getRoleName() == 'frame':
                n.append(c)
    except Exception:
        pass
    return n


def press_show_all(node):
    """Presses every facet's "Show All (N)": a facet shows its most
    frequent values only, and the checks look for names among all."""
    def press(n, role, name, _description):
        if role == 'push button' and name.startswith('Show All ('):
            try:
                n.queryAction().doAction(0)
            except Exception:
                pass
            return True
        return False
    visit(node, press)


def wait_for(app, predicate, timeout):
    """Polls the accessible tree until predicate(nodes) is true; returns
    the last tree either way."""
    deadline = time.monotonic() + timeout
    nodes = []
    while True:
        press_show_all(app)
        nodes = tree(app)
        if predicate(nodes):
            return nodes, True
        if time.monotonic() >= deadline:
            return nodes, False
        time.sleep(0.5)


def event_count(nodes, pattern):
    """The window subtitle: "70 events" (or its translation)."""
    for role, name, _ in nodes:
        if role == 'label':
            m = pattern.match(name)
            if m:
                return int(re.sub(r'\D', '', m.group(1)))
    return None


def names(nodes):
    return {name for _, name, _ in nodes if name}


def has_name(nodes, text):
    return any(text in name for _, name, _ in nodes)


# --- po/ru.po ------------------------------------------------------------------

def read_po(path):
    """msgid -> msgstr (and msgid -> plural forms) of the translated,
    non-fuzzy messages without a context."""
    entries, plurals = {}, {}
    with open(path, encoding='utf-8') as f:
        blocks = f.read().split('\n\n')
    for block in blocks:
        fields, key = {}, None
        fuzzy = False
        for line in block.splitlines():
            if line.startswith('#,') and 'fuzzy' in line:
                fuzzy = True
            if line.startswith('#') or not line.strip():
                continue
            m = re.match(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+"(.*)"$', line)
            if m:
                key = m.group(1)
                fields[key] = m.group(2)
            elif line.startswith('"') and key:
                fields[key] += line[1:-1]
        if fuzzy or 'msgctxt' in fields or 'msgid' not in fields:
            continue
        unescape = lambda s: s.replace('\\"', '"').replace('\\n', '\n').replace('\\\\', '\\')
        if 'msgid_plural' in fields:
            forms = [unescape(v) for k, v in sorted(fields.items()) if k.startswith('msgstr[')]
            if all(forms):
                plurals[unescape(fields['msgid'])] = forms
        elif fields.get('msgstr'):
            entries[unescape(fields['msgid'])] = unescape(fields['msgstr'])
    return entries, plurals


def count_pattern(forms):
    """A regular expression for "%'u events" in every plural form, the
    number (grouped as the locale writes it) as its group."""
    words = sorted({re.escape(f.replace("%'u", '', 1).strip()) for f in forms},
                   key=len, reverse=True)
    return re.compile(r'^(\d[\d,.\u00a0\u202f]*) (?:' + '|'.join(words) + ')$')


# --- The checks ------------------------------------------------------------

class Session:
    def __init__(self, pyatspi, env, prefix):
        self.pyatspi = pyatspi
        self.env = env
        self.prefix = prefix
        self.binary = os.path.join(prefix, 'bin', 'chancery')

    def start(self, args=(), extra_env=None):
        env = dict(self.env)
        env.update(extra_env or {})
        proc = subprocess.Popen([self.binary] + list(args), env=env)
        children.append(proc)
        app = find_app(self.pyatspi, proc, 30)
        if app is None:
            note('%s %s: %s' % (self.binary, ' '.join(args),
                                'exited with status %d' % proc.returncode
                                if proc.poll() is not None else 'still running, but not on the bus'))
        return proc, app

    def stop(self, proc):
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


EN_COUNT = re.compile(r'^(\d+) events?$')


def check_sample(s, samples_dir):
    if not report(os.path.isdir(samples_dir) and os.listdir(samples_dir),
                  'the sample corpus is installed in %s' % samples_dir):
        return
    n_files = len(os.listdir(samples_dir))
    proc, app = s.start()
    try:
        if not report(app is not None, 'the installed chancery appears on the accessibility bus'):
            return
        progress = re.compile(r'^%d of %d articles$' % (n_files, n_files))

        def done(nodes):
            return (event_count(nodes, EN_COUNT) or 0) > 0 and \
                any(progress.match(name) for _, name, _ in nodes)
        nodes, ok = wait_for(app, done, 60)
        n = event_count(nodes, EN_COUNT)
        report(len(frames(app)) == 1, 'it shows one window (%d)' % len(frames(app)))
        report(ok, 'its first start imports the %d installed sample files and shows %s events'
               % (n_files, n),
               [] if ok else ['labels: %r' % sorted(n for r, n, _ in nodes if r == 'label')[:80]])
    finally:
        s.stop(proc)


def check_russian(s, source, locpath):
    if not locpath:
        # tests/meson.build makes the locale only where localedef and the
        # locale sources (Debian's package locales) are installed.
        results.append(True)
        print('ok %d - Russian # SKIP the build made no ru_RU.UTF-8 locale (no localedef or '
              'no /usr/share/i18n/locales); gettext ignores LANGUAGE in the C locale, so the '
              'Russian window cannot be shown' % len(results), flush=True)
        return
    if not report(os.path.isfile(os.path.join(locpath, 'ru_RU.UTF-8', 'LC_CTYPE')),
                  'Russian: the build made the ru_RU.UTF-8 locale in %s' % locpath):
        return
    entries, plurals = read_po(os.path.join(source, 'po', 'ru.po'))
    wanted = []
    for msgid in RU_MSGIDS:
        if msgid in entries:
            wanted.append((msgid.replace('_', ''), entries[msgid].replace('_', '')))
        else:
            note('po/ru.po does not translate %r' % msgid)
    ru_count = count_pattern(plurals.get("%'u event", ["%'u event"]))
    proc, app = s.start(extra_env={'LANGUAGE': 'ru', 'LANG': 'ru_RU.UTF-8',
                                   'LC_ALL': 'ru_RU.UTF-8', 'LOCPATH': locpath})
    try:
        if not report(app is not None, 'Russian: the installed chancery appears on the accessibility bus'):
            return
        nodes, ok = wait_for(app, lambda nodes: (event_count(nodes, ru_count) or 0) > 0, 60)
        n = event_count(nodes, ru_count)
        report(ok, 'Russian: the window subtitle counts the events in Russian (%s)' % n,
               [] if ok else ['labels: %r' % sorted(n for r, n, _ in nodes if r == 'label')[:60]])
        missing = [ru for en, ru in wanted if not has_name(nodes, ru)]
        english = [en for en, ru in wanted if en != ru and has_name(nodes, en)]
        report(len(wanted) >= 5 and not missing and not english,
               'Russian: %d of %d strings found in Russian, %d in English'
               % (len(wanted) - len(missing), len(wanted), len(english)),
               ['missing: %r' % missing, 'still English: %r' % english] if missing or english else [])
        cyrillic = [name for _, name, _ in nodes if re.search('[а-яА-ЯёЁ]', name)]
        report(len(cyrillic) >= 20, 'Russian: %d accessible names are in Cyrillic' % len(cyrillic))
    finally:
        s.stop(proc)


def gio(args, env, tmp):
    """Runs gio; its output goes to a file, not a pipe, because a program
    it starts keeps the pipe open."""
    log = os.path.join(tmp, 'gio.log')
    with open(log, 'w+') as out:
        r = subprocess.run(['gio'] + args, env=env, stdin=subprocess.DEVNULL,
                           stdout=out, stderr=subprocess.STDOUT, timeout=60)
        out.seek(0)
        return r.returncode == 0, out.read().strip()


def others_running(s, own_pid):
    """Chancery applications on the bus other than the one under test."""
    out = []
    for app in apps_named(s.pyatspi, 'chancery'):
        try:
            if app.get_process_id() != own_pid:
                out.append(app.get_process_id())
        except Exception:
            pass
    return out


def write_project(path, folder):
    """A project written by hand in the format of src/core/ch-project.c,
    whose only source is @folder."""
    text = folder.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<chancery-project version="1">\n'
                '  <sources><source>%s</source></sources>\n'
                '  <filters/>\n'
                '</chancery-project>\n' % text)


def check_open_with(s, tmp, app_id):
    desktop_file = os.path.join(s.prefix, 'share', 'applications', app_id + '.desktop')
    folder = os.path.join(tmp, 'meetings')
    os.makedirs(folder)
    for name, text in ARTICLES.items():
        with open(os.path.join(folder, name), 'w', encoding='utf-8') as f:
            f.write(text)
    inbox = os.path.join(tmp, 'downloads')
    os.makedirs(inbox)
    third = os.path.join(inbox, THIRD_NAME)
    with open(third, 'w', encoding='utf-8') as f:
        f.write(THIRD)
    project = os.path.join(tmp, 'two-meetings.chancery')
    write_project(project, folder)

    def two_articles(nodes, n=None):
        count = event_count(nodes, EN_COUNT)
        return count is not None and (count == n if n is not None else count >= 2) and \
            all(has_name(nodes, p) for p in FIRST_PEOPLE) and \
            not any(has_name(nodes, p) for p in THIRD_PEOPLE)

    proc, app = s.start([folder])
    try:
        if not report(app is not None, 'Open With: chancery FOLDER appears on the accessibility bus'):
            return
        nodes, ok = wait_for(app, two_articles, 60)
        before = event_count(nodes, EN_COUNT)
        if not report(ok, 'Open With: the window lists the two articles\' events (%s)' % before,
                      [] if ok else ['names: %r' % sorted(names(nodes))[:80]]):
            return

        # A file manager's "Open With Chancery": the desktop file launched
        # on the file. GLib runs its Exec line, and that second chancery
        # hands the file to the running one.
        launched, output = gio(['launch', desktop_file, third], s.env, tmp)
        if not report(launched, 'Open With: gio launch %s %s' % (os.path.basename(desktop_file),
                                                                  THIRD_NAME),
                      output.splitlines()):
            return

        def added(nodes):
            n = event_count(nodes, EN_COUNT)
            return n is not None and n > before and all(has_name(nodes, p) for p in THIRD_PEOPLE)
        nodes, ok = wait_for(app, added, 30)
        report(ok, 'Open With: the running window now lists %s events, with %s'
               % (event_count(nodes, EN_COUNT), ' and '.join(THIRD_PEOPLE)))
        time.sleep(1.0)
        others = others_running(s, proc.pid)
        report(proc.poll() is None and len(frames(app)) == 1 and not others,
               'Open With: still one instance with one window (windows %d, other instances %r)'
               % (len(frames(app)), others))

        # A double click on a project: gio open finds Chancery through the
        # installed MIME package and desktop database, and sends the file
        # to the running instance over D-Bus. The project's only source is
        # the folder of two articles: the third article's people leave.
        ok, output = gio(['info', '--attributes=standard::content-type', project], s.env, tmp)
        report(ok and 'standard::content-type: application/x-chancery-project' in output,
               'Open: the installed MIME package names two-meetings.chancery a Chancery project',
               output.splitlines()[-1:])
        launched, output = gio(['open', project], s.env, tmp)
        if not report(launched, 'Open: gio open two-meetings.chancery', output.splitlines()):
            return
        nodes, ok = wait_for(app, lambda nodes: two_articles(nodes, before), 30)
        others = others_running(s, proc.pid)
        report(ok and len(frames(app)) == 1 and not others,
               'Open: the project replaced the corpus in the same window (%s events, '
               'windows %d, other instances %r)'
               % (event_count(nodes, EN_COUNT), len(frames(app)), others))
    finally:
        s.stop(proc)

    # No instance running: the desktop file is DBusActivatable, so the
    # same double click asks the session bus, which starts the installed
    # binary through the installed service file.
    launched, output = gio(['open', project], s.env, tmp)
    report(launched, 'D-Bus activation: gio open two-meetings.chancery with no instance running',
           output.splitlines())
    deadline = time.monotonic() + 30
    started = None
    while started is None and time.monotonic() < deadline:
        for other in apps_named(s.pyatspi, 'chancery'):
            try:
                pid = other.get_process_id()
            except Exception:
                continue
            if pid != proc.pid:
                started = (other, pid)
        time.sleep(0.3)
    if not report(started is not None, 'D-Bus activation: a chancery appears on the accessibility bus'):
        return
    app, pid = started
    try:
        exe = os.path.realpath('/proc/%d/exe' % pid)
        with open('/proc/%d/cmdline' % pid, 'rb') as f:
            cmdline = [a.decode() for a in f.read().split(b'\0') if a]
        report(exe == os.path.realpath(s.binary) and '--gapplication-service' in cmdline,
               'D-Bus activation: it is the installed binary, started as a service (%s)'
               % ' '.join(cmdline))
        nodes, ok = wait_for(app, lambda nodes: two_articles(nodes, before), 30)
        report(ok and len(frames(app)) == 1,
               'D-Bus activation: its window opened the project (%s events)'
               % event_count(nodes, EN_COUNT))
    finally:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass


def main():
    source, build = sys.argv[1], sys.argv[2]
    locpath = sys.argv[3] if len(sys.argv) > 3 else ''
    if not os.environ.get('DISPLAY'):
        print('1..0 # SKIP no display: run under xvfb-run')
        return 0
    for tool in ('dbus-daemon', 'gdbus', 'gio', 'ninja'):
        if shutil.which(tool) is None:
            print('1..0 # SKIP %s is not installed' % tool)
            return 0
    try:
        import gi  # noqa: F401  (pyatspi needs it; checked before installing)
        import importlib.util
        if importlib.util.find_spec('pyatspi') is None:
            raise ImportError('no module named pyatspi')
    except ImportError as e:
        print('1..0 # SKIP pyatspi is not installed (%s)' % e)
        return 0

    with tempfile.TemporaryDirectory(prefix='chancery-e2e-') as tmp:
        installed, error = install(source, build, tmp)
        if not report(installed is not None, 'meson install into a temporary prefix',
                      (error or '').splitlines()):
            print('1..%d' % len(results))
            return 1
        prefix, app_id = installed
        share = os.path.join(prefix, 'share')
        schemas = os.path.join(share, 'glib-2.0', 'schemas')
        if not os.path.isfile(os.path.join(schemas, 'gschemas.compiled')):
            # meson skips its post-install steps when asked to (or without
            # the tools); the schema must still compile where it lies.
            note('post-install did not compile the schema; compiling it')
            subprocess.run(['glib-compile-schemas', schemas], check=True)

        env = dict(os.environ)
        for var in ('NO_AT_BRIDGE', 'GTK_A11Y', 'CHANCERY_SAMPLES_DIR', 'LOCPATH', 'AT_SPI_BUS_ADDRESS',
                    'LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE', 'DBUS_SESSION_BUS_ADDRESS'):
            env.pop(var, None)
        env.update({
            'XDG_DATA_DIRS': share + ':/usr/local/share:/usr/share',
            'GSETTINGS_SCHEMA_DIR': schemas,
            'GSETTINGS_BACKEND': 'memory',
            'PATH': os.path.join(prefix, 'bin') + ':' + os.environ.get('PATH', '/usr/bin:/bin'),
            'GDK_BACKEND': 'x11',
            'GSK_RENDERER': 'cairo',
            'LANGUAGE': 'C',
            'LC_ALL': 'C.UTF-8',
            'TZ': 'UTC',
        })
        # A home of its own: nothing of the user's is read or changed.
        home = os.path.join(tmp, 'home')
        for sub in ('config', 'data', 'cache', 'state'):
            os.makedirs(os.path.join(home, sub))
        env.update({'HOME': home,
                    'XDG_CONFIG_HOME': os.path.join(home, 'config'),
                    'XDG_DATA_HOME': os.path.join(home, 'data'),
                    'XDG_CACHE_HOME': os.path.join(home, 'cache'),
                    'XDG_STATE_HOME': os.path.join(home, 'state')})
        env['DBUS_SESSION_BUS_ADDRESS'], env['AT_SPI_BUS_ADDRESS'] = start_bus(env)
        # pyatspi connects to the buses set when it is first imported.
        os.environ['DBUS_SESSION_BUS_ADDRESS'] = env['DBUS_SESSION_BUS_ADDRESS']
        os.environ['AT_SPI_BUS_ADDRESS'] = env['AT_SPI_BUS_ADDRESS']
        import pyatspi

        s = Session(pyatspi, env, prefix)
        t0 = time.monotonic()
        check_sample(s, os.path.join(share, 'chancery', 'samples'))
        check_russian(s, source, locpath)
        check_open_with(s, tmp, app_id)
        note('the application checks took %.1f s' % (time.monotonic() - t0))

    print('1..%d' % len(results))
    return 0 if all(results) else 1


try:
    status = main()
finally:
    for child in reversed(children):
        if child.poll() is None:
            child.terminate()
            try:
                child.wait(10)
            except subprocess.TimeoutExpired:
                child.kill()
sys.exit(status)
