#!/bin/sh
# Kandji Custom Script (audit), run as root at check-in: exit 0 passes, anything else is an Alert.
# Exit status is the CLI's contract: 0 green, 1 amber, 2 red; 3 when the cache is stale or missing.
# The line printed lands in the Kandji audit log.
# --- read the cache written by the LaunchDaemon (never runs the checks: inventory stays fast) ---
CACHE="${APPLEID_DOCTOR_CACHE:-/Library/Application Support/appleid-doctor}/report.plist"
PLISTBUDDY="${PLISTBUDDY:-/usr/libexec/PlistBuddy}"
# Older than this (seconds) = "stale": the daemon runs every 15 min; 2 h allows for sleep.
MAX_AGE="${APPLEID_DOCTOR_MAX_AGE:-7200}"
key() { "$PLISTBUDDY" -c "Print :$1" "$CACHE" 2>/dev/null; }
# Prints "missing", "stale" or "fresh".
freshness() {
  [ -r "$CACHE" ] || { echo missing; return; }
  last=$(key lastRunEpoch)
  case "$last" in ''|*[!0-9]*) echo missing; return ;; esac
  now=$(/bin/date +%s)
  if [ $((now - last)) -gt "$MAX_AGE" ]; then echo stale; else echo fresh; fi
}
# ---
state=$(freshness)
if [ "$state" != fresh ]; then echo "appleid-doctor: cache $state ($CACHE)"; exit 3; fi
echo "appleid-doctor: $(key light) $(key cause) - $(key headline)"
code=$(key exitCode)
case "$code" in 0|1|2) exit "$code" ;; *) exit 3 ;; esac
