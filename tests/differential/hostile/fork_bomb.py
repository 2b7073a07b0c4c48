# molt: timeout 3
# Forks without bound: the process limit (RLIMIT_NPROC, or a pids cgroup when run as root) makes
# fork fail, and the group kill at the end removes whatever is still alive.
import os

while True:
    os.fork()
