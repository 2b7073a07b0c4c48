def send(message):
    print("sending", message

send("hi")
