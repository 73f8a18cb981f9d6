import jwt
from jose import jwt as jose_jwt

a = jwt.decode(token, options={"verify_signature": False})  # want: K231
b = jwt.decode(token, verify=False)  # want: K231
b2 = jwt.decode(token, "", False)  # want: K231
c = jose_jwt.decode(token, key, options={"verify_signature": False, "verify_aud": False})  # want: K231
d = jwt.decode(token, key, algorithms=["HS256", "none"])  # want: K232
e = jwt.encode(payload, None, algorithm="none")  # want: K232
f = jwt.encode(payload, None, "None")  # want: K232

ok1 = jwt.decode(token, key, algorithms=["RS256"], options={"verify_aud": False})
ok2 = jwt.decode(token, key, algorithms=["HS256"], options={"verify_signature": True})
ok3 = jwt.encode(payload, key, algorithm="HS256")
ok4 = jwt.get_unverified_header(token)
ok5 = base64.decode(token, options={"verify_signature": False})

signed = jwt.encode({"sub": 1}, "my-jwt-secret", algorithm="HS256")  # want: K233
checked = jose_jwt.decode(token, key="another-literal", algorithms=["HS256"])  # want: K233
from_env = jwt.encode({"sub": 1}, os.environ["JWT_SECRET"], algorithm="HS256")
public = jwt.decode(token, "-----BEGIN PUBLIC KEY-----\nMIIB...", algorithms=["RS256"])
