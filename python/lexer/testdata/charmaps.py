"""Oracle for the code page test: reads codec module names (JSON lines) and
prints, for each, the code point Python decodes each byte 0-255 to (-1 when
the byte is undefined)."""
import json
import sys

for line in sys.stdin:
    name = json.loads(line)
    row = []
    for b in range(256):
        try:
            row.append(ord(bytes([b]).decode(name)))
        except UnicodeDecodeError:
            row.append(-1)
    print(json.dumps(row))
