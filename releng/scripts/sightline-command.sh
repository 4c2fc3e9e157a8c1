# Sourced by ./sightline (source checkout) and by the product's sightline script: the one rule that
# decides whether a command line opens the workbench or runs a command without a display.
#   sightline                   the workbench
#   sightline -clean ...        the workbench, with options for the Equinox launcher
#   sightline WORD ...          a command (analyze, search, ...; the dispatcher knows which exist)
#   sightline --help|--version  the command overview, the version

sightline_is_command() {
  # $1: the first argument, $2: the argument count. Succeeds when the line is for a command.
  [ "$2" -gt 0 ] || return 1
  case $1 in
    --help|-h|--version) return 0 ;;
    -*) return 1 ;;
    *) return 0 ;;
  esac
}

sightline_short_command() {
  # "$@": the command line. Succeeds when the command is short enough that the JVM should compile
  # with C1 only (-XX:TieredStopAtLevel=1): the C2 compiler's work would not pay back before the
  # run ends. On the sample article C2 took a fifth of the wall time and a third of the CPU; it
  # pays from several hundred documents on (docs/build.md, Start-up, "Short commands").
  # Short: --version, --help, help and spark (whose job runs in a JVM of its own); analyze of at
  # most 20 arguments naming no folder, no workspace or results to read, and no file over 1 MB.
  # search and export read a whole workspace: never short.
  case ${1-} in
    --version|--help|-h|help|spark) return 0 ;;
    analyze) ;;
    *) return 1 ;;
  esac
  [ "$#" -le 21 ] || return 1
  for a do
    case $a in
      --workspace|--workspace=*|--results|--results=*) return 1 ;;
    esac
    [ -d "$a" ] && return 1
    if [ -f "$a" ] && [ "$(wc -c <"$a" 2>/dev/null || echo 0)" -gt 1048576 ]; then return 1; fi
  done
  return 0
}
