a = "hex escapes like \x41 are not HCL"
