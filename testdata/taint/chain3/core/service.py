from core.util import execute


def archive(name):
    return execute("tar czf /backups/%s.tgz /data" % name)


def archive_checked(name):
    if not name.isalnum():
        raise ValueError("bad name")
    return execute("tar czf /backups/%s.tgz /data" % name)
