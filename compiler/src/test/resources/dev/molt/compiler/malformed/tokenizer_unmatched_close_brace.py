config = {"debug": True}
}
