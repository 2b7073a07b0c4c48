path = "C:\users\ada\documents"
