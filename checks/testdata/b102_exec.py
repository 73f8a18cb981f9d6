import builtins
from os import path as exec_path

exec("x = 1")  # want: B102(MEDIUM,HIGH)
exec(code, {}, {})  # want: B102
builtins.exec(code)  # qualname is builtins.exec, not exec
obj.exec(code)
exec_path.join("a")
eval_ = exec
