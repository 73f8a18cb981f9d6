# fixture-config: {"markupsafe_xss": {"extend_markup_names": ["webhelpers.html.literal"], "allowed_calls": ["bleach.clean"]}}
import bleach
from markupsafe import Markup
from webhelpers.html import literal

Markup(bleach.clean(html))
Markup(clean(html))  # want: B704
literal(html)  # want: B704
