# fixture-config: {"try_except_pass": {"check_typed_exception": true}, "try_except_continue": {"check_typed_exception": true}}
try:
    do()
except ValueError:  # want: B110
    pass
for x in y:
    try:
        do()
    except (KeyError, IndexError):  # want: B112
        continue
