label = "yes" if ok
