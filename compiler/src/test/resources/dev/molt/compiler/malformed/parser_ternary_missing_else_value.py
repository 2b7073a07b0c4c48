label = "yes" if ok else
