# Waits for input: stdin is /dev/null in the sandbox, so it sees end of file at once.
import sys

print("read", repr(sys.stdin.read()))
line = input("prompt> ")
print("never reached", line)
