from .helpers import build_query, clean_name
