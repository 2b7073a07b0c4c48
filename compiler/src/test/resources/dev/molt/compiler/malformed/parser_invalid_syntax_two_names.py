def main():
    retrun value
