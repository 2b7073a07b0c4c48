class Plugin:
    def load(self):
        from json import *
