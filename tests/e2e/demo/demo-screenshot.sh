#!/bin/sh
# Runs `cognito-desk --screenshot` under Xvfb against the fixture's server and checks the
# picture: a PNG of window size whose pixels are not all one colour.
set -eu
app=$1 out=$2
state=${COGNITO_DESK_TEST_STATE:?run through ctest}
endpoint=$(jq -r .endpoint "$state")
export AWS_ACCESS_KEY_ID=$(jq -r .accessKeyId "$state")
export AWS_SECRET_ACCESS_KEY=$(jq -r .secretAccessKey "$state")
export AWS_REGION=$(jq -r .region "$state")
export XDG_RUNTIME_DIR=$(mktemp -d)
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
rm -f "$out"
unset QT_QPA_PLATFORM
xvfb-run -a -s "-screen 0 1280x800x24" "$app" --endpoint-url "$endpoint" --screenshot "$out"
/usr/bin/python3 - "$out" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert width >= 400 and height >= 300, f"window too small: {width}x{height}"
# Decompress the image data and require more than one distinct byte value.
pos, idat = 8, b""
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    if kind == b"IDAT":
        idat += data[pos + 8:pos + 8 + length]
    pos += 12 + length
pixels = zlib.decompress(idat)
assert len(set(pixels)) > 8, "the screenshot is blank"
print(f"screenshot ok: {width}x{height}")
PY
