def get_value():
    return 1

get_value() = 5
