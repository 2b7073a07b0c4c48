match data:
    case {**rest, "id": 1}:
        pass
