pkgfail
