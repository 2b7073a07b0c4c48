class Foo(metaclass=Meta, Base):
    pass
