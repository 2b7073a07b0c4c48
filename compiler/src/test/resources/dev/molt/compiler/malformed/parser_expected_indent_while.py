while True:
# keep going
pass
