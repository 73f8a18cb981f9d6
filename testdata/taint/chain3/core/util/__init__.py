from .shell import execute
