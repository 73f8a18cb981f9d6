# oracle: type_comments
def f(a,  # type: int
      b,
      ):
    # type: (...) -> None
    pass


x = []  # type: list[int]
for i in range(3):  # type: int
    pass
with open(p) as f:  # type: IO[str]
    pass
import os  # type: ignore
import sys  # type: ignore[attr-defined]
