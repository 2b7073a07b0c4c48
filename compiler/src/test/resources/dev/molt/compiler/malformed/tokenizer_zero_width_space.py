def main():
    return 0

​main()
