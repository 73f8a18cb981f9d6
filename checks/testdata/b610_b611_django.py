from django.contrib.auth.models import User
from django.db.models.expressions import RawSQL

User.objects.extra(where=["name = 'x'"])
User.objects.extra(where=["name = '%s'" % name])  # want: B610(MEDIUM,MEDIUM)
User.objects.extra(where=clauses)  # want: B610
User.objects.extra(tables=["a", t])  # want: B610
User.objects.extra(select={"is_recent": "created > '2006-01-01'"})
User.objects.extra(select={"is_recent": expr})  # want: B610
User.objects.extra(select=selection)  # want: B610
User.objects.extra({"a": "b"}, ["x = 1"])
User.objects.extra(params=[p])
User.objects.annotate(val=RawSQL("select col from t where id = %s", (i,)))
User.objects.annotate(val=RawSQL("select col from t where id = %s" % i, ()))  # want: B611(MEDIUM,MEDIUM), B608
User.objects.annotate(val=RawSQL(sql=query, params=()))  # want: B611
User.objects.annotate(val=RawSQL(params=()))
