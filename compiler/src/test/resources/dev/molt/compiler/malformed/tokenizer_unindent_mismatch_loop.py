for row in range(3):
        for col in range(3):
            print(row, col)
    print("done")
