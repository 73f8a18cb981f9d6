"""Oracle for the encoding test: for each codec spelling on stdin (JSON
lines), build a source whose cookie names it and whose string literal
holds text that codec can encode, then report the bytes (hex) and what
ast.parse makes of them: the literal's value or the SyntaxError message."""
import ast
import codecs
import json
import sys

SAMPLES = ["héllo wörld €", "héllo", "中文字符", "日本語テキスト", "한국어", "привет", "hello"]

for line in sys.stdin:
    name = json.loads(line)
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        codec = "ascii"
    for sample in SAMPLES:
        src = "# -*- coding: %s -*-\nx = %r\n" % (name, sample)
        try:
            data = src.encode(codec)
        except (UnicodeError, LookupError):
            continue
        break
    try:
        tree = ast.parse(data)
        out = {"src": data.hex(), "value": tree.body[0].value.value}
    except SyntaxError as e:
        out = {"src": data.hex(), "err": e.msg}
    print(json.dumps(out))
