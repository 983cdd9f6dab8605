#!/usr/bin/env bash
# The Debian packages end to end: cpack builds them from the already built tree, apt-get installs them
# on this machine, the programs answer --version, the installed server starts the way its systemd unit
# starts it (its user, no capabilities, no new privileges, its settings file) on temporary folders and
# answers /api/v1/health over HTTPS, and apt-get purges everything the test installed. A trap puts the
# machine back as it was when any step fails.
#
#   deb-install-test.sh BUILD_DIR WITH_CLIENT(0|1)
#
# Needs root or password-less sudo; exits 77 (skipped) without them, or when a Steward package is
# already installed here (the test would replace someone's installation).
set -euo pipefail

build_dir=$1
with_client=$2
skip=77

log() { printf 'deb-install-test: %s\n' "$*"; }
fail() {
    printf 'deb-install-test: FAIL: %s\n' "$*" >&2
    exit 1
}

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    log "skipped: needs root or password-less sudo to install packages"
    exit $skip
fi
for tool in cpack dpkg dpkg-deb apt-get curl setpriv; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/setup-deps installs it)"
done
installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }
for package in steward steward-server; do
    if installed "$package"; then
        log "skipped: $package is installed on this machine already; the test will not replace it"
        exit $skip
    fi
done

# What the machine looks like before, so that cleanup undoes exactly what the test did.
work=$(mktemp -d /tmp/steward-deb-test.XXXXXX)
installed_packages() {
    dpkg-query -W -f='${Package} ${Status}\n' | awk '$NF == "installed" || $NF == "config-files" {print $1}' | sort -u
}
installed_packages >"$work/packages-before"
user_existed=0
getent passwd steward >/dev/null && user_existed=1
group_existed=0
getent group steward >/dev/null && group_existed=1
state_existed=0
[ -e /var/lib/steward ] && state_existed=1
etc_existed=0
[ -e /etc/steward ] && etc_existed=1
server_pid=

cleanup() {
    local status=$?
    set +e
    if [ -n "$server_pid" ]; then
        "${as_root[@]}" kill -KILL "$server_pid" 2>/dev/null
        wait "$server_pid" 2>/dev/null
    fi
    # Every package the test added: ours and whatever apt-get pulled in for them.
    installed_packages >"$work/packages-after"
    mapfile -t added < <(comm -13 "$work/packages-before" "$work/packages-after")
    if [ ${#added[@]} -gt 0 ]; then
        log "cleanup: purging ${added[*]}"
        DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get purge -y -qq "${added[@]}" >/dev/null
    fi
    # Debian keeps a package's system user on purge; the test created it, so the test removes it.
    if [ $user_existed -eq 0 ] && getent passwd steward >/dev/null; then
        "${as_root[@]}" userdel steward
    fi
    if [ $group_existed -eq 0 ] && getent group steward >/dev/null; then
        "${as_root[@]}" groupdel steward
    fi
    [ $state_existed -eq 0 ] && "${as_root[@]}" rm -rf /var/lib/steward
    [ $etc_existed -eq 0 ] && "${as_root[@]}" rm -rf /etc/steward
    "${as_root[@]}" rm -rf "$work"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1. build the packages from the tree CTest runs in ----------------------------------------------
log "cpack in $build_dir"
components=()
[ "$with_client" = 1 ] || components=(-D CPACK_COMPONENTS_ALL=server)
cpack --config "$build_dir/CPackConfig.cmake" -B "$work/cpack" "${components[@]}" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")
arch=$(dpkg --print-architecture)
server_deb="$work/cpack/steward-server_${version}_${arch}.deb"
client_deb="$work/cpack/steward_${version}_${arch}.deb"
[ -f "$server_deb" ] || { ls -l "$work/cpack"; fail "no $(basename "$server_deb")"; }
debs=("$server_deb")
if [ "$with_client" = 1 ]; then
    [ -f "$client_deb" ] || { ls -l "$work/cpack"; fail "no $(basename "$client_deb")"; }
    debs+=("$client_deb")
else
    log "no steward target in this build: the client package is not checked"
fi
log "built $(for d in "${debs[@]}"; do basename "$d"; done | paste -sd' ')"

# --- 2. what the packages declare ---------------------------------------------------------------------
expect_depends() {
    local deb=$1 depends
    shift
    depends=$(dpkg-deb -f "$deb" Depends)
    for name in "$@"; do
        grep -Eq "(^|, )$name( |,|$)" <<<"$depends" || fail "$(basename "$deb") does not depend on $name: $depends"
    done
}
expect_files() {
    local deb=$1 listing
    shift
    listing=$(dpkg-deb -c "$deb" | awk '{print $NF}')
    for path in "$@"; do
        grep -qx "\\.$path" <<<"$listing" || fail "$(basename "$deb") lacks $path"
    done
}
expect_depends "$server_deb" libqt6core6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql \
    libsodium23 libcurl4 libssl3 adduser
expect_files "$server_deb" /usr/bin/steward-server /lib/systemd/system/steward-server.service \
    /etc/steward/steward-server.conf /usr/share/doc/steward-server/first-run.md
grep -qx /etc/steward/steward-server.conf <<<"$(dpkg-deb -I "$server_deb" conffiles)" ||
    fail "the server's settings are not a conffile"
if [ "$with_client" = 1 ]; then
    expect_depends "$client_deb" libqt6core6 libqt6network6 libqt6widgets6 libqt6svg6 libqt6keychain1 \
        qt6-qpa-plugins
    expect_files "$client_deb" /usr/bin/steward /usr/share/applications/org.steward.Steward.desktop \
        /usr/share/metainfo/org.steward.Steward.metainfo.xml \
        /usr/share/icons/hicolor/scalable/apps/org.steward.Steward.svg
    grep -q '/usr/share/steward/translations/steward_[a-z_]*\.qm$' <<<"$(dpkg-deb -c "$client_deb")" ||
        fail "$(basename "$client_deb") holds no translations under /usr/share/steward/translations"
fi

# --- 3. install ---------------------------------------------------------------------------------------
log "apt-get install"
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${debs[@]}" \
    >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install failed"; }

out=$(/usr/bin/steward-server --version)
[ "$out" = "steward-server $version" ] || fail "steward-server --version said: $out"
log "$out"
if [ "$with_client" = 1 ]; then
    out=$(QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work" /usr/bin/steward --version 2>"$work/steward.log") ||
        { cat "$work/steward.log"; fail "steward --version failed"; }
    [ "$out" = "steward $version" ] || fail "steward --version said: $out"
    log "$out"
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate /usr/share/applications/org.steward.Steward.desktop || fail "installed .desktop file"
    fi
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate --no-net /usr/share/metainfo/org.steward.Steward.metainfo.xml >"$work/as.log" 2>&1 ||
            { cat "$work/as.log"; fail "installed metainfo"; }
    fi
fi

# What postinst set up: a system user without a login, the state folder and settings only it can read.
passwd_entry=$(getent passwd steward) || fail "postinst created no user steward"
uid=$(cut -d: -f3 <<<"$passwd_entry")
[ "$uid" -lt 1000 ] || fail "steward is not a system user (uid $uid)"
[[ "$(cut -d: -f7 <<<"$passwd_entry")" == */nologin ]] || fail "steward can log in: $passwd_entry"
[ "$(stat -c '%U:%G %a' /var/lib/steward)" = "steward:steward 750" ] ||
    fail "/var/lib/steward is $(stat -c '%U:%G %a' /var/lib/steward)"
[ "$(stat -c '%U:%G %a' /etc/steward/steward-server.conf)" = "root:steward 640" ] ||
    fail "/etc/steward/steward-server.conf is $(stat -c '%U:%G %a' /etc/steward/steward-server.conf)"

unit=/lib/systemd/system/steward-server.service
if command -v systemd-analyze >/dev/null; then
    # No systemd as PID 1 here: this checks the unit's syntax, its directives and that ExecStart exists.
    systemd-analyze verify "$unit" >"$work/verify.log" 2>&1 || { cat "$work/verify.log"; fail "systemd-analyze verify"; }
fi

# --- 4. the server as its unit runs it, on temporary folders ---------------------------------------------
unit_value() { sed -n "s/^$1=//p" "$unit" | tail -1; }
[ "$(unit_value User)" = steward ] || fail "the unit does not run as steward"
[ -z "$(unit_value CapabilityBoundingSet)" ] || fail "the unit keeps capabilities"
[ "$(unit_value NoNewPrivileges)" = yes ] || fail "the unit allows new privileges"
[ "$(unit_value ProtectSystem)" = strict ] || fail "the unit does not protect the system"
exec_start=$(unit_value ExecStart)
[[ "$exec_start" == *"--config /etc/steward/steward-server.conf"* ]] || fail "ExecStart reads no settings: $exec_start"

chmod 0755 "$work" # mktemp made it 0700; the service user must reach its folders below.
etc="$work/etc"
state="$work/state"
mkdir -p "$etc"
# The shipped settings, with the folders moved into the test's and a free port.
sed -e "s#/var/lib/steward#$state#g" -e "s#/etc/steward#$etc#g" -e 's#^listen = .*#listen = 127.0.0.1:0#' \
    /etc/steward/steward-server.conf >"$etc/steward-server.conf"
"${as_root[@]}" chown root:steward "$etc/steward-server.conf"
"${as_root[@]}" chmod 0640 "$etc/steward-server.conf"
# What StateDirectory=steward does for the service.
"${as_root[@]}" install -d -o steward -g steward -m 0750 "$state"

# The first-run steps of docs/server-first-run.md.
"${as_root[@]}" /usr/bin/steward-server dev-cert "$etc/tls" >"$work/dev-cert.log" 2>&1 ||
    { cat "$work/dev-cert.log"; fail "dev-cert"; }
"${as_root[@]}" chgrp steward "$etc/tls/server.key"
"${as_root[@]}" chmod 0640 "$etc/tls/server.key"

# Runs a command as the unit runs its service: User=steward, NoNewPrivileges=yes, an empty
# CapabilityBoundingSet=, UMask=0027 and a clean environment. Every step execs the next, so a command
# started in the background is the process whose id $! gives (sudo's when not root: it passes signals on).
as_service=("${as_root[@]}" env -i PATH=/usr/bin:/bin HOME=/var/lib/steward LANG=C.UTF-8
    setpriv --reuid=steward --regid=steward --init-groups --no-new-privs --bounding-set=-all --inh-caps=-all
    -- /bin/sh -c 'umask 0027 && exec "$@"' sh)
printf '%s' 'Package-test passphrase 7' | "${as_service[@]}" sh -c "umask 077 && cat > '$state/admin-password'"
"${as_service[@]}" /usr/bin/steward-server init --config "$etc/steward-server.conf" --admin-email admin@example.org \
    --admin-password-file "$state/admin-password" >"$work/init.log" 2>&1 || { cat "$work/init.log"; fail "init"; }
grep -q 'platform administrator admin@example.org can sign in' "$work/init.log" || { cat "$work/init.log"; fail "init"; }
[ "$(stat -c %U "$state/steward.db")" = steward ] || fail "the database does not belong to steward"

read -r -a command <<<"${exec_start//\/etc\/steward\/steward-server.conf/$etc/steward-server.conf}"
log "starting ${command[*]} as steward"
"${as_service[@]}" "${command[@]}" >"$work/server.log" 2>&1 &
server_pid=$!
port=
for _ in $(seq 1 300); do
    port=$(sed -n 's#.*listening on https://127\.0\.0\.1:\([0-9]*\).*#\1#p' "$work/server.log")
    [ -n "$port" ] && break
    [ -d "/proc/$server_pid" ] || { cat "$work/server.log"; fail "the server stopped"; }
    sleep 0.1
done
[ -n "$port" ] || { cat "$work/server.log"; fail "the server did not listen within 30 s"; }

# The process the unit would run: the user steward, no capabilities at all, no way to gain any.
pid=$(pgrep -u steward -f -- "serve --config $etc/steward-server.conf") || fail "no server process of the user steward"
grep -q '^CapBnd:[[:space:]]*0000000000000000$' "/proc/$pid/status" || fail "the server holds capabilities"
grep -q '^NoNewPrivs:[[:space:]]*1$' "/proc/$pid/status" || fail "the server may gain privileges"

health=$(curl -sS --fail --max-time 10 --cacert "$etc/tls/ca.pem" --resolve "localhost:$port:127.0.0.1" \
    "https://localhost:$port/api/v1/health") || { cat "$work/server.log"; fail "GET /api/v1/health"; }
grep -q '"status":"ok"' <<<"$health" || fail "health answered $health"
grep -q "\"version\":\"$version\"" <<<"$health" || fail "health answered $health"
log "GET https://localhost:$port/api/v1/health: $health"

"${as_root[@]}" kill -TERM "$server_pid"
server_status=0
wait "$server_pid" || server_status=$?
server_pid=
[ $server_status -eq 0 ] || { cat "$work/server.log"; fail "the server exited with $server_status on SIGTERM"; }
grep -q 'steward-server: stopped' "$work/server.log" || { cat "$work/server.log"; fail "no graceful stop"; }

# --- 5. purge ---------------------------------------------------------------------------------------------
log "apt-get purge"
packages=(steward-server)
[ "$with_client" = 1 ] && packages+=(steward)
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get purge -y -qq "${packages[@]}" >"$work/purge.log" 2>&1 ||
    { cat "$work/purge.log"; fail "apt-get purge failed"; }
for path in /usr/bin/steward-server /usr/bin/steward /lib/systemd/system/steward-server.service \
    /etc/steward/steward-server.conf; do
    [ ! -e "$path" ] || fail "$path is still there after purge"
done
if [ $state_existed -eq 0 ] && [ -e /var/lib/steward ]; then
    fail "purge kept the empty /var/lib/steward"
fi
log "passed"
