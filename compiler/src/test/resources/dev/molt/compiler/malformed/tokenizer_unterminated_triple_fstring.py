def report(rows):
    return f"""
    Rows: {len(rows)}
    First: {rows[0]}
