#!/bin/sh
# Description: Apple ID Doctor verdict from the cache: "LIGHT CAUSE", "stale" or "missing"
# Execution Context: SYSTEM
# Return Type: STRING
# Workspace ONE drops values containing / \ " * : ; < > ? | — the tokens here never contain them
# (causes are dotted codes such as dns.nxdomain).
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
if [ "$state" = fresh ]; then echo "$(key light) $(key cause)"; else echo "$state"; fi
