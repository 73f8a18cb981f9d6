"""Oracle for NormalizeName: prints, as JSON, every identifier character
(after an "a") whose NFKC form differs, mapped to that form."""
import json
import unicodedata

out = {}
for c in range(0x80, 0x110000):
    s = "a" + chr(c)
    if s.isidentifier():
        n = unicodedata.normalize("NFKC", s)
        if n != s:
            out[str(c)] = n
print(json.dumps(out))
