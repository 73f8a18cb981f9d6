access_level = "user"
if access_level != "none‮⁦":  # want: B613(HIGH,MEDIUM)
    print("admin")
x = "‏ second line not reported"
