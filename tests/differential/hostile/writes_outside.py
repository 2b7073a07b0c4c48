# Tries to write outside its working directory: next to its own source, in the parent of its
# working directory, and under /tmp. The sandbox's read-only view of the file system blocks all
# three; only its fresh working directory is writable (and it is deleted afterwards).
import os

here = os.path.dirname(os.path.abspath(__file__))
for target in (os.path.join(here, "escaped.txt"), os.path.join("..", "escaped.txt"), "/tmp/molt-hostile-escaped.txt"):
    try:
        with open(target, "w") as f:
            f.write("escaped\n")
        print("wrote", os.path.basename(target))
    except OSError as e:
        print("blocked", os.path.basename(target), type(e).__name__)
with open("inside.txt", "w") as f:
    f.write("fine\n")
print("inside ok")
