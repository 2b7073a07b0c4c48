error = "could not open the file,
         please check the path"
