try:
    do()
except:  # want: B110(LOW,HIGH)
    pass

try:
    do()
except Exception:  # want: B110
    pass

try:
    do()
except ValueError:
    pass

try:
    do()
except (Exception, ValueError):
    pass

try:
    do()
except Exception as e:  # want: B110
    pass

try:
    do()
except Exception:
    log(e)
    pass

for x in items:
    try:
        do(x)
    except:  # want: B112(LOW,HIGH)
        continue
    try:
        do(x)
    except Exception:  # want: B112
        continue
    try:
        do(x)
    except KeyError:
        continue
    try:
        do(x)
    except Exception:
        break
