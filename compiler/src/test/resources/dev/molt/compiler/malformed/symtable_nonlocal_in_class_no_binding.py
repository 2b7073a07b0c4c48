class Config:
    nonlocal debug
