def index(rows):
    return {(yield row.id): row for row in rows}
