from yaml import load

load(data)
