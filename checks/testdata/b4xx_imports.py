import pickletools  # want: B403(LOW,HIGH)
import subprocess32  # want: B404(LOW,HIGH)
import cPickle  # want: B403
from os import path
import xmlrpc.client  # want: B411(HIGH,HIGH)
from xmlrpc import server  # want: B411
from wsgiref.handlers import CGIHandler  # want: B412(HIGH,HIGH)
from twisted.web.twcgi import CGIScript  # want: B412
from wsgiref.handlers import SimpleHandler
import Crypto.Cipher.AES  # want: B413(HIGH,HIGH)
from Crypto import Random  # want: B413
from Crypto.Util import number  # want: B413
import Cryptodome.Cipher.AES
import pyghmi.ipmi  # want: B415(HIGH,HIGH)
from . import pickle  # want: B403
from .pickle import loader  # want: B403
from .. import helpers
import os, telnetlib, pickle  # want: B401
import lxml.etree
import json
