"""Read a JSON list of sources on stdin; print a JSON list: for each source,
"OK <sha256 of the full dump>" if python3.13's ast.parse accepts it, else
"ERR <message>"."""
import ast, hashlib, json, sys, warnings

warnings.simplefilter("ignore")
out = []
for src in json.load(sys.stdin):
    try:
        t = ast.parse(src.encode("utf-8", "surrogatepass"))
        d = ast.dump(t, include_attributes=True, show_empty=True)
        out.append("OK " + hashlib.sha256(d.encode("utf-8", "surrogatepass")).hexdigest())
    except SyntaxError as e:
        out.append("ERR %s:%s: %s" % (e.lineno, e.offset, e.msg))
    except Exception as e:
        out.append("ERR %s: %s" % (type(e).__name__, e))
json.dump(out, sys.stdout)
