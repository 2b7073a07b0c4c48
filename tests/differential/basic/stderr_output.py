import sys

# Only stdout is compared byte for byte; stderr matters through its last line on a non-zero exit.
print("to stdout")
print("to stderr", file=sys.stderr)
print("done")
