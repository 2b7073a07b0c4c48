# The main-module guard: __name__ is "__main__" when the file runs as a program.
def main():
    print("running as", __name__)
    return 0


if __name__ == "__main__":
    main()
print(__name__ != "__main__")
