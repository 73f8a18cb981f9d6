# aliases are collected as the walk proceeds: a call before the import
# that creates the alias is not resolved.
p.loads(data)
import pickle as p  # want: B403
p.loads(data)  # want: B301
