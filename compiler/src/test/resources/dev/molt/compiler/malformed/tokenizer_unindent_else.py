if ready:
    go()
  else:
    stop()
