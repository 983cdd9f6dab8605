#!/usr/bin/env python3
"""Checks the Flatpak manifest of the client, since flatpak-builder cannot run here.

    packaging/flatpak/lint-manifest.py [MANIFEST]

Valid JSON with the keys flatpak-builder needs, the app id shared with the .desktop file and the
AppStream metainfo, the sandbox permissions the client needs (network, display, the secrets service
for the session token) and none that would open the sandbox wide, every module buildable (a build
system, sources pinned to a commit or a checksum), and the project's own module configured as a
client-only release build. Prints one line per problem and exits 1 when there is any.
"""
import configparser
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REQUIRED_KEYS = {"id": str, "runtime": str, "runtime-version": str, "sdk": str, "command": str,
                 "finish-args": list, "modules": list}
NEEDED_ARGS = {"--share=network", "--share=ipc", "--socket=wayland", "--socket=fallback-x11",
               "--talk-name=org.freedesktop.secrets"}
# Each of these would hand the client far more than it needs (the whole session bus, the user's files).
FORBIDDEN_ARGS = {"--socket=session-bus", "--socket=system-bus", "--filesystem=host", "--filesystem=home",
                  "--device=all", "--talk-name=org.freedesktop.Flatpak"}
BUILD_SYSTEMS = {"autotools", "cmake", "cmake-ninja", "meson", "simple", "qmake"}
OWN_OPTIONS = {"-DCMAKE_BUILD_TYPE=Release", "-DBUILD_TESTING=OFF", "-DSTEWARD_BUILD_SERVER=OFF"}


def check_source(source, where, manifest_dir, problems):
    kind = source.get("type")
    if kind == "git":
        if not source.get("url"):
            problems.append(f"{where}: a git source needs a url")
        if not re.fullmatch(r"[0-9a-f]{40}", source.get("commit", "")):
            problems.append(f"{where}: a git source must be pinned to a full commit id")
    elif kind in ("archive", "file"):
        if not source.get("url") and not source.get("path"):
            problems.append(f"{where}: an {kind} source needs a url or a path")
        if source.get("url") and not re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")):
            problems.append(f"{where}: a downloaded {kind} needs its sha256")
    elif kind == "dir":
        folder = (manifest_dir / source.get("path", "")).resolve()
        if not (folder / "CMakeLists.txt").is_file():
            problems.append(f"{where}: {folder} holds no CMakeLists.txt")
    else:
        problems.append(f"{where}: unknown source type {kind!r}")


def check_modules(manifest, manifest_dir, problems):
    names = []
    for i, module in enumerate(manifest.get("modules", [])):
        if isinstance(module, str):  # a path to a module file of its own
            if not (manifest_dir / module).is_file():
                problems.append(f"modules[{i}]: {module} does not exist")
            continue
        name = module.get("name")
        where = f"module {name or i}"
        if not name:
            problems.append(f"modules[{i}]: a module needs a name")
        names.append(name)
        if module.get("buildsystem", "autotools") not in BUILD_SYSTEMS:
            problems.append(f"{where}: unknown buildsystem {module.get('buildsystem')!r}")
        sources = module.get("sources")
        if not isinstance(sources, list) or not sources:
            problems.append(f"{where}: needs a list of sources")
            continue
        for j, source in enumerate(sources):
            check_source(source, f"{where}, sources[{j}]", manifest_dir, problems)
    if not names or names[-1] != "steward":
        problems.append("the last module must be steward (the app is built after its dependencies)")
        return
    own = manifest["modules"][-1]
    missing = OWN_OPTIONS - set(own.get("config-opts", []))
    if missing:
        problems.append(f"module steward: config-opts lack {', '.join(sorted(missing))}")


def check_shared_ids(manifest, packaging_dir, problems):
    app_id = manifest.get("id", "")
    desktop = packaging_dir / "linux" / f"{app_id}.desktop"
    metainfo = packaging_dir / "linux" / f"{app_id}.metainfo.xml"
    icon = packaging_dir / "linux" / f"{app_id}.svg"
    for path in (desktop, metainfo, icon):
        if not path.is_file():
            problems.append(f"id {app_id}: {path} does not exist")
    if desktop.is_file():
        entry = configparser.ConfigParser(interpolation=None)
        entry.optionxform = str
        entry.read(desktop, encoding="utf-8")
        section = entry["Desktop Entry"] if entry.has_section("Desktop Entry") else {}
        if section.get("Exec", "").split(" ")[0] != manifest.get("command"):
            problems.append(f"{desktop.name}: Exec does not run the manifest's command {manifest.get('command')}")
        if section.get("Icon") != app_id:
            problems.append(f"{desktop.name}: Icon must be {app_id}")
    if metainfo.is_file():
        root = ET.parse(metainfo).getroot()
        if root.findtext("id") != app_id:
            problems.append(f"{metainfo.name}: <id> must be {app_id}")
        if root.findtext("launchable") != f"{app_id}.desktop":
            problems.append(f"{metainfo.name}: <launchable> must be {app_id}.desktop")


def lint(path):
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return [f"cannot read {path}: {error}"]
    if not isinstance(manifest, dict):
        return [f"{path}: the manifest must be a JSON object"]
    problems = []
    for key, kind in REQUIRED_KEYS.items():
        if not isinstance(manifest.get(key), kind):
            problems.append(f"{key}: required, a {kind.__name__}")
    if not re.fullmatch(r"[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*){2,}", manifest.get("id", "")):
        problems.append("id: must be a reverse-DNS name of three parts or more")
    if path.stem != manifest.get("id"):
        problems.append(f"the file must be named after the id: {manifest.get('id')}.json")
    args = set(manifest.get("finish-args", []))
    for arg in sorted(NEEDED_ARGS - args):
        problems.append(f"finish-args: {arg} is needed")
    for arg in sorted(FORBIDDEN_ARGS & args):
        problems.append(f"finish-args: {arg} opens the sandbox too wide")
    check_modules(manifest, path.parent, problems)
    check_shared_ids(manifest, path.parent.parent, problems)
    return problems


def main():
    default = Path(__file__).resolve().parent / "org.steward.Steward.json"
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    problems = lint(path)
    for problem in problems:
        print(f"{path.name}: {problem}")
    if problems:
        return 1
    print(f"{path.name}: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
