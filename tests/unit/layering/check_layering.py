#!/usr/bin/env python3
"""Fails when a library under src/ includes a header of a library above it.

The allowed graph (docs/architecture.md): a library may include its own headers and those
of the libraries listed for it, nothing else of the project's. Generated headers (ui_*.h,
moc_*.cpp, *_autogen) and system or Qt headers (<...>) are not the project's and pass.

    check_layering.py SRC_DIR       check a tree; prints every upward include, exit 1 if any
    check_layering.py --self-test   prove the check fails on a deliberate upward include
"""

import os
import re
import sys
import tempfile

ALLOWED = {
    "aws": set(),
    "secrets": {"aws"},
    "cognito": {"aws", "secrets"},
    "auth": {"aws", "cognito", "secrets"},
    "mirror": {"aws", "secrets", "cognito"},
    "models": {"aws", "cognito"},
    "gui": {"aws", "secrets", "cognito", "auth", "mirror", "models"},
    "cli": {"aws", "secrets", "cognito", "auth", "mirror"},
    "app": {"aws", "secrets", "cognito", "auth", "mirror", "models", "gui"},
}

INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')
SOURCE_SUFFIXES = (".h", ".hpp", ".cpp", ".cc")


def library_of(path, src):
    """The library (first folder under src/) that a file or header path belongs to."""
    relative = os.path.relpath(os.path.normpath(path), src)
    if relative.startswith(".."):
        return None
    return relative.split(os.sep, 1)[0]


def violations(src):
    found = []
    for library in sorted(ALLOWED):
        root = os.path.join(src, library)
        for folder, _, files in os.walk(root):
            for name in sorted(files):
                if not name.endswith(SOURCE_SUFFIXES):
                    continue
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8", errors="replace") as source:
                    for number, line in enumerate(source, 1):
                        match = INCLUDE.match(line)
                        if not match:
                            continue
                        header = match.group(1)
                        if os.path.basename(header).startswith("ui_"):
                            continue
                        # "x.h" beside the file, "../x/y.h" relative to it, or "lib/y.h"
                        # from the src/ include root.
                        beside = os.path.join(folder, header)
                        if "/" not in header or header.startswith("."):
                            target = library_of(beside, src)
                        else:
                            target = header.split("/", 1)[0]
                        if target is None or target not in ALLOWED:
                            if target is not None or header.startswith(".."):
                                found.append((path, number, header, "outside src/"))
                            continue
                        if target != library and target not in ALLOWED[library]:
                            found.append((path, number, header, f"{library} may not use {target}"))
    return found


def check(src):
    missing = sorted(set(ALLOWED) - set(os.listdir(src)))
    if missing:
        print(f"check_layering: no library folder {', '.join(missing)} under {src}")
        return 1
    found = violations(src)
    for path, number, header, why in found:
        print(f"{os.path.relpath(path, src)}:{number}: #include \"{header}\": {why}")
    if found:
        print(f"check_layering: {len(found)} include(s) go against the layers "
              "(docs/architecture.md)")
        return 1
    print("check_layering: every include follows the layers")
    return 0


def self_test():
    """A tree with one include of each forbidden kind must fail, and a clean one pass."""
    with tempfile.TemporaryDirectory() as src:
        for library in ALLOWED:
            os.makedirs(os.path.join(src, library))
        with open(os.path.join(src, "gui", "window.h"), "w") as f:
            f.write('#pragma once\n#include "cognito/types.h"\n#include "ui_window.h"\n')
        with open(os.path.join(src, "cognito", "types.h"), "w") as f:
            f.write('#pragma once\n#include "aws/result.h"\n#include <QString>\n')
        if violations(src):
            print("self-test: a clean tree was refused")
            return 1
        with open(os.path.join(src, "aws", "transport.cpp"), "w") as f:
            f.write('#include "transport.h"\n#include "gui/window.h"\n')
        with open(os.path.join(src, "models", "model.cpp"), "w") as f:
            f.write('#include "../auth/jwt.h"\n')
        with open(os.path.join(src, "cli", "main.cpp"), "w") as f:
            f.write('#include "models/roles.h"\n')
        found = {(os.path.basename(p), h) for p, _, h, _ in violations(src)}
        expected = {("transport.cpp", "gui/window.h"), ("model.cpp", "../auth/jwt.h"),
                    ("main.cpp", "models/roles.h")}
        if found != expected:
            print(f"self-test: expected {sorted(expected)}, found {sorted(found)}")
            return 1
    print("self-test: upward includes are refused, a clean tree passes")
    return 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) != 2:
        print(__doc__)
        return 2
    return check(argv[1])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
