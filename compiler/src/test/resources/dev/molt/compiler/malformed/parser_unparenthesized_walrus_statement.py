count := 10
