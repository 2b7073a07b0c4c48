config = {"debug" True}
