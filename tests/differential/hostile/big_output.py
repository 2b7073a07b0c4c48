# Writes 2 GB to stdout: the file-size limit stops it long before that.
import sys

chunk = "x" * (1 << 20) + "\n"
for _ in range(2048):
    sys.stdout.write(chunk)
