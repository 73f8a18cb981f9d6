"""astdiff's python3.13 side: a long-lived server that parses files.

Requests on stdin: "<n>\n" then n bytes of a file path (os.fsencode'd).
Replies on stdout: "OK <n>\n" then n bytes of
ast.dump(ast.parse(source), include_attributes=True, show_empty=True),
or "ERR <n>\n" then n bytes of "<exception class>: <message>".
The source is read as raw bytes, so ast.parse honours BOMs and coding
cookies exactly as CPython does when it compiles a file.
"""
import ast
import os
import sys

read = sys.stdin.buffer.readline
inp = sys.stdin.buffer
out = sys.stdout.buffer
default_digits = sys.get_int_max_str_digits()


def reply(tag, text):
    data = text.encode("utf-8", "backslashreplace")
    out.write(b"%s %d\n" % (tag, len(data)))
    out.write(data)
    out.flush()


while True:
    header = read()
    if not header:
        break
    path = os.fsdecode(inp.read(int(header)))
    try:
        with open(path, "rb") as f:
            source = f.read()
        tree = ast.parse(source, filename=path)
        # Parsing keeps CPython's limit on decimal literals (a SyntaxError);
        # dumping an int built from a huge hex literal must not fail on it.
        sys.set_int_max_str_digits(0)
        try:
            text = ast.dump(tree, include_attributes=True, show_empty=True)
        finally:
            sys.set_int_max_str_digits(default_digits)
        del tree
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as e:  # SyntaxError, ValueError, RecursionError, MemoryError...
        reply(b"ERR", "%s: %s" % (type(e).__name__, e))
        continue
    reply(b"OK", text)
