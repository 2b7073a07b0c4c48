def configure(*, **options):
    pass
