db = DAL("sqlite://storage.sqlite")
db.define_table("product", Field("name"), Field("category"))
