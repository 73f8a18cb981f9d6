# helper module: the cases' LDAP directory
import ldap3

BASE_DN = "dc=example,dc=com"


def get_connection():
	server = ldap3.Server("ldap://localhost:389")
	return ldap3.Connection(server, auto_bind=True)
