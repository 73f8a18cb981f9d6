"""Oracle for the syntax error test: reads JSON-encoded sources (as
latin-1 strings standing for bytes) on stdin and prints, for each, the
SyntaxError compile() raises (class, msg, lineno, offset) or null."""
import json
import sys
import warnings

warnings.simplefilter("ignore")

for line in sys.stdin:
    src = json.loads(line).encode("latin-1")
    try:
        compile(src, "<s>", "exec")
        print("null")
    except SyntaxError as e:
        print(json.dumps([type(e).__name__, e.msg, e.lineno, e.offset]))
    except Exception as e:  # noqa: BLE001
        print(json.dumps([type(e).__name__, str(e), 0, 0]))
