import paramiko
from paramiko import client

ssh = client.SSHClient()
ssh.set_missing_host_key_policy(client.AutoAddPolicy)  # want: B507(HIGH,MEDIUM)
ssh.set_missing_host_key_policy(paramiko.WarningPolicy())  # want: B507
ssh.set_missing_host_key_policy(AutoAddPolicy)  # want: B507
ssh.set_missing_host_key_policy(client.RejectPolicy)
ssh.set_missing_host_key_policy(policy)
ssh.exec_command("ls " + path)  # want: B601(MEDIUM,MEDIUM)
stdin, stdout, stderr = ssh.exec_command(cmd)  # want: B601
ssh.invoke_shell()
