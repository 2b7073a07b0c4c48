import os
os.chmod("script.sh", 0o758)
