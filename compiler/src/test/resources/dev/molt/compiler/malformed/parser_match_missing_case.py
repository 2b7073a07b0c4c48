match command:
    print(command)
