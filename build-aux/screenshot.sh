#!/usr/bin/env bash
# Takes data/screenshots/main.png: the built application on the bundled
# sample corpus, an event selected, on a headless X server.
#
# Usage: build-aux/screenshot.sh [BUILD-DIR]   (default: build)
# Needs xvfb, dbus, imagemagick, xdotool and python3-pyatspi (build-aux/debian-packages.txt).
# To check other sizes and the dark style without touching the committed
# picture: CHANCERY_SCREENSHOT_OUT=/elsewhere.png CHANCERY_SCREENSHOT_SIZE=1024x700
# CHANCERY_SCREENSHOT_SCHEME=prefer-dark build-aux/screenshot.sh
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$top/build}" && pwd)
out="${CHANCERY_SCREENSHOT_OUT:-$top/data/screenshots/main.png}"
size="${CHANCERY_SCREENSHOT_SIZE:-1440x900}"
width=${size%x*}
height=${size#*x}

if [ "${CHANCERY_SCREENSHOT_INNER:-}" != 1 ]; then
  exec env CHANCERY_SCREENSHOT_INNER=1 xvfb-run -a -s "-screen 0 ${width}x${height}x24" \
    dbus-run-session -- "$0" "$build"
fi

# Fresh settings (first start: the sample corpus) sized to the screen.
config=$(mktemp -d)
mkdir -p "$config/glib-2.0/settings"
cat > "$config/glib-2.0/settings/keyfile" <<KEYS
[io/github/chancery/Chancery]
window-width=$width
window-height=$height
KEYS
export XDG_CONFIG_HOME="$config"
export GSETTINGS_BACKEND=keyfile
export GSETTINGS_SCHEMA_DIR="$build/data"
# A copy in a throwaway home folder: the reader names files under home
# as "~/Articles/…", so the picture shows no build machine's path.
home=$(mktemp -d)
samples="$home/Articles"
mkdir -p "$samples"
cp -r "$top/data/samples/." "$samples/"
export HOME="$home"
export CHANCERY_SAMPLES_DIR="$samples"
export GDK_BACKEND=x11
export LANGUAGE=C
if [ -n "${CHANCERY_SCREENSHOT_SCHEME:-}" ]; then
  export ADW_DEBUG_COLOR_SCHEME="$CHANCERY_SCREENSHOT_SCHEME"
fi
unset NO_AT_BRIDGE GTK_A11Y

"$build/src/ui/chancery" &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$home" "$config"' EXIT

# Wait for the sample corpus, then select an event through the
# accessibility bus, as a screen reader user would.
xy=$(/usr/bin/python3 - "$app" <<'PY'
import sys, time
import pyatspi

pid = int(sys.argv[1])
desktop = pyatspi.Registry.getDesktop(0)

def find_app():
    for i in range(desktop.childCount):
        a = desktop.getChildAtIndex(i)
        try:
            if a is not None and a.get_process_id() == pid:
                return a
        except Exception:
            pass
    return None

def find(node, pred):
    try:
        if pred(node):
            return node
        for i in range(node.childCount):
            r = find(node.getChildAtIndex(i), pred)
            if r is not None:
                return r
    except Exception:
        return None
    return None

deadline = time.monotonic() + 60
rows = None
while time.monotonic() < deadline:
    app = find_app()
    if app is not None:
        rows = find(app, lambda n: n.getRoleName() == "list" and n.childCount > 3 and
                    n.getChildAtIndex(0).getRoleName() == "table row")
        if rows is not None:
            break
    time.sleep(0.5)
if rows is None:
    sys.exit("the event list did not appear")
time.sleep(3)

# Click the seventh row where it is on screen, as a user would.
row = rows.getChildAtIndex(min(6, rows.childCount - 1))
ext = row.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
print(f"{ext.x + ext.width // 3} {ext.y + ext.height // 2}")
PY
)
xdotool mousemove $xy click 1
sleep 1.5
xdotool mousemove 5 5
sleep 0.5

import -window root "$out"
echo "wrote $out"
