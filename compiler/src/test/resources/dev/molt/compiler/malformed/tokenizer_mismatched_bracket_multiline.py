settings = dict(
    host="localhost",
    port=8080,
}
