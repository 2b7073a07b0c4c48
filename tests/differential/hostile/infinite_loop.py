# molt: timeout 3
# Never ends: the sandbox kills it at the timeout.
n = 0
while True:
    n += 1
