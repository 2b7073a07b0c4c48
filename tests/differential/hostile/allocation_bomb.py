# Reserves memory without bound, 256 MB at a time. The mappings are never touched, so even a machine
# with slow page faults reaches the address-space cap at once; the failing mmap raises
# "OSError: [Errno 12] Cannot allocate memory", which the harness classifies as oom.
import mmap

maps = []
while True:
    maps.append(mmap.mmap(-1, 256 << 20))
