import datetime
d = datetime.date(2024, 01, 15)
