DEFAULTS = [
    "alpha",
    "beta",

def main():
    return DEFAULTS
