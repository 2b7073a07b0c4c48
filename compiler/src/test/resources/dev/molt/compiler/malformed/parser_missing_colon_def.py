def main()
    print("hello")
