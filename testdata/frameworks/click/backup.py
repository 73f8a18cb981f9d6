import shlex
import subprocess

import click
import typer

app = typer.Typer()


@click.group()
def cli():
    pass


@cli.command()
@click.argument("target")
def backup(target):
    subprocess.run("tar czf /backups/site.tgz " + target, shell=True)  # want: T78
    subprocess.run("tar czf /backups/site.tgz " + shlex.quote(target), shell=True)


@app.command()
def restore(archive: str):
    subprocess.run(f"tar xzf {archive} -C /srv/site", shell=True)  # want: T78
    subprocess.run(["tar", "xzf", archive, "-C", "/srv/site"])


if __name__ == "__main__":
    cli()
