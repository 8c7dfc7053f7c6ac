pkgpass
