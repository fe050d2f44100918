#!/bin/sh
# Run appleid-doctor once and leave its verdict where fleet tools read it, each file written
# atomically by the CLI (temp file in the same directory, fsync, rename):
#   report.json          full report (appleid-doctor/report@1; schema: build/fleet/report.schema.json)
#   report.plist         flat keys for Jamf/Intune/Kandji/Workspace ONE scripts and osquery's plist table
#   appleid_doctor.prom  node_exporter textfile (point --collector.textfile.directory here)
# Root (LaunchDaemon): /Library/Application Support/appleid-doctor/.
# --user (LaunchAgent): ~/Library/Application Support/appleid-doctor/, only the session checks.
# Exit status: the CLI's (0 green, 1 amber, 2 red, 64/66/73/78 errors).
set -u
CLI="${APPLEID_DOCTOR_CLI:-}"
if [ -z "$CLI" ]; then
  if [ -x /usr/local/bin/appleid-doctor ]; then CLI=/usr/local/bin/appleid-doctor
  else
    # The CLI bundled in the app, run by the app's own Electron binary in Node mode.
    APP="/Applications/Apple ID Doctor.app"
    CLI_JS="$APP/Contents/Resources/app.asar/dist/cli.cjs"
    run_cli() { ELECTRON_RUN_AS_NODE=1 "$APP/Contents/MacOS/Apple ID Doctor" "$CLI_JS" "$@"; }
  fi
fi
if [ -n "$CLI" ]; then run_cli() { "$CLI" "$@"; }; fi

if [ "${1:-}" = "--user" ]; then
  DIR="${APPLEID_DOCTOR_CACHE:-$HOME/Library/Application Support/appleid-doctor}"
  NAME=report-user
  ONLY="--only keychain,account"
else
  DIR="${APPLEID_DOCTOR_CACHE:-/Library/Application Support/appleid-doctor}"
  NAME=report
  ONLY=""
fi
/bin/mkdir -p "$DIR" || exit 73

# One probe run; the other formats are rendered from the saved JSON (no second run).
# shellcheck disable=SC2086
run_cli check $ONLY --format json --output "$DIR/$NAME.json"
status=$?
case $status in 0|1|2) ;; *) exit $status ;; esac
# A render exits with the saved light (0-2); anything higher is a real error.
render() { run_cli check --from-report "$DIR/$NAME.json" "$@"; s=$?; [ "$s" -le 2 ] || exit "$s"; }
render --format plist --output "$DIR/$NAME.plist"
if [ "$NAME" = report ]; then render --format prometheus --output "$DIR/appleid_doctor.prom"; fi
exit $status
