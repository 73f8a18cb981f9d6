import os
import stat
from os import chmod as change_mode

os.chmod("/etc/passwd", 0o777)  # want: B103(HIGH,HIGH)
os.chmod("/etc/passwd", 0o770)  # want: B103(MEDIUM,HIGH)
os.chmod(path, 0o750)  # want: B103(MEDIUM,HIGH)
os.chmod(path, 0o002)  # want: B103(HIGH,HIGH)
os.chmod(path, 511)  # want: B103(HIGH,HIGH)
os.fchmod(fd, 0o775)  # want: B103(MEDIUM,HIGH)
os.lchmod(path, 0o771)  # want: B103(MEDIUM,HIGH)
change_mode(path, 0o777)  # want: B103(HIGH,HIGH)
pathlib_obj.chmod(path, 0o707)  # want: B103(HIGH,HIGH)
os.chmod("/etc/passwd", 0o600)
os.chmod("/etc/passwd", 0o644)
os.chmod("/etc/passwd", 0o700)
os.chmod(path, mode=0o777)
os.chmod(path, stat.S_IRWXU | stat.S_IRWXO)
os.chmod(path, stat.S_IWOTH)
os.chmod(path, 0o777, follow_symlinks=False)  # want: B103
os.chmod(path, 0o777, True)
os.chmod(path, mode)
os.chmod(path, True)
