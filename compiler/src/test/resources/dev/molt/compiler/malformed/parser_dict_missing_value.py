config = {"debug": , "level": 3}
