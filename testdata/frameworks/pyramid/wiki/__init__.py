from pyramid.config import Configurator


def main(global_config, **settings):
    with Configurator(settings=settings) as config:
        config.include("pyramid_jinja2")
        config.add_route("page", "/page/{name}")
        config.add_route("search", "/search")
        config.add_route("go", "/go")
        config.add_route("attachment", "/attachment/{name}")
        config.add_route("edit", "/edit/{name}")
        config.scan(".views")
        return config.make_wsgi_app()
