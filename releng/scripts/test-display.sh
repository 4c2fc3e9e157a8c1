#!/bin/sh
# A display for the UI tests, run by the parent pom around tycho-surefire in every module that sets
# sightline.ui.tests=true (any future UI test module too):
#   test-display.sh start STATE_DIR MODULE   writes STATE_DIR/test-display.properties
#   test-display.sh stop STATE_DIR           stops the Xvfb that start began, if any
# DISPLAY set: the tests use it. Otherwise, when Xvfb is installed: a virtual display on a free
# number (Xvfb -displayfd picks it, so parallel builds never collide), stopped by "stop" or, when the
# build ends before that (a failing test), as soon as the Maven process is gone. Otherwise the
# module's tests are skipped, with one line saying why and what to install.
set -u
action=$1
state=$2
props=$state/test-display.properties

case $action in
start)
  module=${3:-this module}
  mkdir -p "$state"
  rm -f "$props" "$state/xvfb.pid"
  if [ -n "${DISPLAY-}" ]; then
    printf 'sightline.test.display=%s\n' "$DISPLAY" >"$props"
    exit 0
  fi
  if ! command -v Xvfb >/dev/null 2>&1; then
    echo "[WARNING] $module: UI tests SKIPPED: they need a display, DISPLAY is not set and Xvfb is not installed to start one (Debian/Ubuntu: apt-get install xvfb libgtk-3-0; or set DISPLAY)"
    printf 'sightline.test.display=\nskipTests=true\n' >"$props"
    exit 0
  fi
  # No standard stream of the background processes may stay tied to the build's pipes (the build
  # would wait for them to close).
  : >"$state/display"
  Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$state/display" </dev/null >"$state/xvfb.log" 2>&1 &
  xvfb=$!
  i=0
  while [ ! -s "$state/display" ] && kill -0 "$xvfb" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
  number=$(tr -dc 0-9 <"$state/display")
  if [ -z "$number" ]; then
    kill "$xvfb" 2>/dev/null
    echo "[ERROR] $module: Xvfb did not start (its log: $state/xvfb.log): $(tail -n 1 "$state/xvfb.log" 2>/dev/null)"
    exit 1
  fi
  echo "$xvfb" >"$state/xvfb.pid"
  # The watchdog: the build (this script's parent, the Maven JVM) ending takes the display with it.
  build=$PPID
  (while kill -0 "$build" 2>/dev/null && kill -0 "$xvfb" 2>/dev/null; do sleep 1; done; kill "$xvfb" 2>/dev/null) \
    </dev/null >/dev/null 2>&1 &
  echo "[INFO] $module: UI tests on a virtual display :$number (Xvfb, pid $xvfb)"
  printf 'sightline.test.display=:%s\n' "$number" >"$props"
  ;;
stop)
  if [ -f "$state/xvfb.pid" ]; then
    kill "$(cat "$state/xvfb.pid")" 2>/dev/null
    rm -f "$state/xvfb.pid"
  fi
  ;;
*)
  echo "usage: $0 start STATE_DIR MODULE | stop STATE_DIR" >&2
  exit 2
  ;;
esac
