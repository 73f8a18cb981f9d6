from mylib import RawSQL

RawSQL(query)
