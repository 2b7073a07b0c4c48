# -*- coding: klingon -*-
print("qapla")
