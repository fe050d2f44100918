#!/bin/sh
# Jamf Pro extension attribute "Apple ID Doctor last run" — Data Type: Date (YYYY-MM-DD hh:mm:ss, UTC).
# The Date companion of ea-verdict.sh; empty result when there is no cache.
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
last=$(key lastRunEpoch)
case "$last" in ''|*[!0-9]*) echo "<result></result>"; exit 0 ;; esac
# BSD date (macOS) takes -r SECONDS; GNU date takes -d @SECONDS.
when=$(/bin/date -u -r "$last" '+%Y-%m-%d %H:%M:%S' 2>/dev/null || /bin/date -u -d "@$last" '+%Y-%m-%d %H:%M:%S')
echo "<result>$when</result>"
