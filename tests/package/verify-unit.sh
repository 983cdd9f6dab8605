#!/usr/bin/env bash
# The systemd unit of steward-server, checked without systemd running: `systemd-analyze verify` must
# print nothing at all (it only warns about a misspelt or unknown directive, which systemd would
# ignore, dropping that hardening), and `systemd-analyze security` must rate its exposure "OK".
#
#   verify-unit.sh UNIT_FILE STEWARD_SERVER_BINARY
set -euo pipefail
unit=$1
binary=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# verify needs ExecStart's program to exist: point it at the one just built.
sed "s#^ExecStart=/usr/bin/steward-server #ExecStart=$binary #" "$unit" >"$work/steward-server.service"
grep -q "^ExecStart=$binary " "$work/steward-server.service" || { echo "no ExecStart=/usr/bin/steward-server in $unit"; exit 1; }

if ! systemd-analyze verify "$work/steward-server.service" >"$work/verify.log" 2>&1 || [ -s "$work/verify.log" ]; then
    echo "systemd-analyze verify $unit:"
    cat "$work/verify.log"
    exit 1
fi
# The threshold is in tenths: 20 is an exposure of 2.0, the upper end of systemd's "OK".
if ! systemd-analyze security --offline=true --threshold=20 "$work/steward-server.service" >"$work/security.log" 2>&1; then
    cat "$work/security.log"
    echo "the unit's exposure is above 2.0"
    exit 1
fi
tail -1 "$work/security.log"
echo "verify-unit: ok"
