import importlib

__import__("pickle")  # want: B403(LOW,HIGH)
__import__("telnetlib")  # want: B401
__import__("xml.sax")  # want: B406
__import__("pickletools")
__import__(name)
__import__()
importlib.import_module("subprocess")  # want: B404(LOW,HIGH)
importlib.import_module(name="ftplib")  # want: B402
importlib.__import__("pickle")  # want: B403
importlib.import_module(modname)
importlib.import_module("os")
__import__("os").system("ls")  # qualname ".system": not os.system
