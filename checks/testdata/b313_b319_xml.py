import xml.etree.cElementTree as cET  # want: B405(LOW,HIGH)
import xml.etree.ElementTree as ET  # want: B405
from xml.sax import expatreader  # want: B406(LOW,HIGH)
from xml.dom import expatbuilder  # want: B407(LOW,HIGH)
import xml.sax  # want: B406
from xml.dom import minidom  # want: B408(LOW,HIGH)
from xml.dom import pulldom  # want: B409(LOW,HIGH)
import defusedxml.ElementTree as safe_ET

cET.parse(f)  # want: B313(MEDIUM,HIGH)
ET.fromstring(s)  # want: B314(MEDIUM,HIGH)
ET.XMLParser()  # want: B314
expatreader.create_parser()  # want: B315(MEDIUM,HIGH)
expatbuilder.parseString(s)  # want: B316(MEDIUM,HIGH)
xml.sax.parseString(s, handler)  # want: B317(MEDIUM,HIGH)
xml.sax.make_parser()  # want: B317
minidom.parse(f)  # want: B318(MEDIUM,HIGH)
pulldom.parseString(s)  # want: B319(MEDIUM,HIGH)
safe_ET.fromstring(s)
ET.tostring(root)
