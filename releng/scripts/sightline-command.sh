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
