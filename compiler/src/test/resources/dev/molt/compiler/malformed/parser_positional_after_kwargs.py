options = {}
run(**options, "fast")
