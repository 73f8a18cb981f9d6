# helper module: a factory choosing a Thing implementation from the environment
import os


class ThingInterface:
	def do_something(self, value):
		raise NotImplementedError


class Thing1(ThingInterface):
	def do_something(self, value):
		return value


class Thing2(ThingInterface):
	def do_something(self, value):
		return "" if value is None else "%s" % value


def create_thing():
	if os.environ.get("THING_IMPL") == "Thing2":
		return Thing2()
	return Thing1()
