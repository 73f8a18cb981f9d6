import falcon

app = falcon.App(middleware=[falcon.CORSMiddleware(allow_origins="*", allow_credentials="*")])  # want: K207
ok = falcon.CORSMiddleware(allow_origins="*", allow_credentials=["https://app.example.com"])
app.resp_options.secure_cookies_by_default = False  # want: K204


class Resource:
    def on_get(self, req, resp):
        resp.set_cookie("sid", "v")
        resp.set_cookie("sid", "v", secure=False)  # want: K204
        resp.set_cookie("sid", "v", http_only=False)  # want: K205
        resp.set_cookie("sid", "v", secure=None)
