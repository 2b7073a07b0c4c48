def connect(host, port):
    pass

connect(host="localhost", 8080)
