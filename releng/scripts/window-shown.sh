# Sourced by the start-up benchmarks (bench-startup.sh, e4-window-floor.sh): one rule for "the window is shown".
# shown: a window titled "Sightline..." is mapped. Not just named: SWT names windows it never maps
# (GDK's client leader, hidden shells) "Sightline" as soon as the display exists, seconds before the
# workbench window opens.
shown() {
  local id
  for id in $(xwininfo -root -tree 2>/dev/null | sed -n 's/^ *\(0x[0-9a-f]*\) "Sightline.*/\1/p'); do
    xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable' && return 0
  done
  return 1
}
