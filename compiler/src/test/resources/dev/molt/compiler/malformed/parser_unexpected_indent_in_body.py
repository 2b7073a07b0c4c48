def run():
    setup()
        execute()
