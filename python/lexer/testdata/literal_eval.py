"""Oracle for the literal decoding test.

Reads JSON-encoded token texts on stdin, one per line, and prints one JSON
object per token: the ast.literal_eval value (str encoded as UTF-8 with
surrogatepass, bytes as is, both in hex; floats and complex parts as the
hex of their IEEE-754 bits; ints in decimal), or the error message.
"""
import ast
import json
import struct
import sys
import warnings

warnings.simplefilter("ignore")


def bits(f):
    return struct.pack(">d", f).hex()


for line in sys.stdin:
    text = json.loads(line)
    try:
        v = ast.literal_eval(text)
    except SyntaxError as e:
        print(json.dumps({"err": e.msg}))
        continue
    except Exception as e:  # noqa: BLE001
        print(json.dumps({"err": type(e).__name__ + ": " + str(e)}))
        continue
    if isinstance(v, str):
        out = {"str": v.encode("utf-8", "surrogatepass").hex()}
    elif isinstance(v, bytes):
        out = {"bytes": v.hex()}
    elif isinstance(v, bool):
        out = {"err": "bool"}
    elif isinstance(v, int):
        out = {"int": str(v)}
    elif isinstance(v, float):
        out = {"float": bits(v)}
    elif isinstance(v, complex):
        out = {"complex": bits(v.imag)}
    else:
        out = {"err": "unexpected " + type(v).__name__}
    print(json.dumps(out), flush=True)
