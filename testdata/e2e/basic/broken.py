def ok():
    return 1

print "python 2 is not parsed"
