using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

// Collecting package-level objects (go/types' resolver.go).
public sealed partial class Checker
{
    private void Declare(Scope scope, Ident? id, Object obj)
    {
        if (obj.Name != "_")
        {
            var alt = scope.Insert(obj);
            if (alt != null)
            {
                ReportRedeclared(obj.Pos, obj.Name, alt);
                return;
            }
        }
        if (id != null) RecordDef(id, obj);
    }

    private void ReportRedeclared(Pos pos, string name, Object alt)
    {
        var msg = $"{name} redeclared in this block";
        if (alt.Pos != Pos.None) msg += $"\n\t{alt.Pos}: other declaration of {alt.Name}";
        ErrorAt(pos, msg);
    }

    private void DeclarePkgObj(Ident ident, Object obj, DeclInfo d)
    {
        if (ident.Name == "init")
        {
            ErrorAt(ident.Pos, "cannot declare init - must be func");
            return;
        }
        if (ident.Name == "main" && pkg.Name == "main")
        {
            ErrorAt(ident.Pos, "cannot declare main - must be func");
            return;
        }
        Declare(pkg.Scope, ident, obj);
        objMap[obj] = d;
        objList.Add(obj);
        obj.Order = (uint)objMap.Count;
        obj.Resolver = o => ObjDecl(o, null);
    }

    private void Arity(Pos pos, List<Ident> names, List<Expr> inits, bool constDecl, bool inherited)
    {
        int l = names.Count, r = inits.Count;
        if (l < r)
        {
            var n = inits[l];
            if (inherited) ErrorAt(pos, $"extra init expr at {n.Pos}");
            else Error(n, $"extra init expr {E(n)}");
        }
        else if (l > r && (constDecl || r != 1))
        {
            var n = names[r];
            ErrorAt(n.Pos, $"missing init expr for {n.Name}");
        }
    }

    private Package? ImportPackage(ImportSpec s)
    {
        if (impMap.TryGetValue(s.Path, out var imp)) return imp;
        imp = importer.Import(s.Path, diags);
        if (imp == null)
        {
            ErrorAt(s.Pos, s.Path is "unsafe" or "C" ? $"minigo: package {s.Path} is not supported yet" : $"package {s.Path} is not in std");
            return null;
        }
        impMap[s.Path] = imp;
        return imp;
    }

    private void CollectObjects()
    {
        var pkgImports = new HashSet<Package>(pkg.Imports, ReferenceEqualityComparer.Instance);
        var methodList = new List<(Func obj, bool ptr, Ident recv)>();
        var fileScopes = new List<Scope>();

        foreach (var file in files)
        {
            var fileScope = new Scope(pkg.Scope, file.Pos, Pos.None, "file");
            fileScopes.Add(fileScope);
            info.FileScopes[file] = fileScope;

            foreach (var s in file.Imports) CollectImport(s, fileScope, pkgImports);

            foreach (var decl in file.Decls)
            {
                switch (decl)
                {
                    case GenDecl { Kind: DeclKind.Import } g:
                        // Imports are also listed in SourceFile.Imports; handle them once.
                        foreach (var spec in g.Specs)
                            if (spec is ImportSpec ims && !file.Imports.Contains(ims)) CollectImport(ims, fileScope, pkgImports);
                        break;
                    case GenDecl { Kind: DeclKind.Const } g:
                        foreach (var spec in g.Specs)
                        {
                            if (spec is not ValueSpec vs) continue;
                            var iota = ConstValue.MakeInt64(vs.Iota);
                            for (int i = 0; i < vs.Names.Count; i++)
                            {
                                var name = vs.Names[i];
                                var obj = new Const(name.Name, null, name.Pos, pkg, iota);
                                var init = i < vs.Values.Count ? vs.Values[i] : null;
                                DeclarePkgObj(name, obj, new DeclInfo { File = fileScope, VType = vs.Type, Init = init, Inherited = vs.Implicit });
                            }
                            Arity(vs.Pos, vs.Names, vs.Values, true, vs.Implicit);
                        }
                        break;
                    case GenDecl { Kind: DeclKind.Var } g:
                        foreach (var spec in g.Specs)
                        {
                            if (spec is not ValueSpec vs) continue;
                            var lhs = new List<Var>();
                            DeclInfo? d1 = null;
                            if (vs.Values.Count == 1 && vs.Names.Count > 1)
                                d1 = new DeclInfo { File = fileScope, Lhs = lhs, VType = vs.Type, Init = vs.Values[0] };
                            for (int i = 0; i < vs.Names.Count; i++)
                            {
                                var name = vs.Names[i];
                                var obj = new Var(name.Name, null, name.Pos, pkg);
                                lhs.Add(obj);
                                var d = d1 ?? new DeclInfo { File = fileScope, VType = vs.Type, Init = i < vs.Values.Count ? vs.Values[i] : null };
                                DeclarePkgObj(name, obj, d);
                            }
                            if (vs.Type == null || vs.Values.Count > 0) Arity(vs.Pos, vs.Names, vs.Values, false, false);
                        }
                        break;
                    case GenDecl { Kind: DeclKind.Type } g:
                        foreach (var spec in g.Specs)
                        {
                            if (spec is not TypeSpec ts) continue;
                            var obj = new TypeName(ts.Name.Name, null, ts.Name.Pos, pkg) { aliasDecl = ts.Alias && ts.TypeParams.Count == 0 };
                            DeclarePkgObj(ts.Name, obj, new DeclInfo { File = fileScope, TDecl = ts });
                        }
                        break;
                    case FuncDecl fd:
                        CollectFunc(fd, fileScope, methodList);
                        break;
                }
            }
        }

        // Names declared in file scopes (imports) must not collide with package-level names.
        foreach (var scope in fileScopes)
        {
            foreach (var obj in scope.Objects)
            {
                var alt = pkg.Scope.Lookup(obj.Name);
                if (alt == null) continue;
                if (obj is PkgName pn)
                    ErrorAt(alt.Pos, $"{alt.Name} already declared through import of {pn.Imported}\n\t{pn.Pos}: other declaration of {alt.Name}");
                else
                    ErrorAt(alt.Pos, $"{alt.Name} already declared through dot-import of {obj.Pkg}\n\t{obj.Pos}: other declaration of {alt.Name}");
            }
        }

        // Associate methods with their receiver base type names.
        foreach (var (obj, ptr, recv) in methodList)
        {
            var (isPtr, baseName) = ResolveBaseTypeName(ptr, recv);
            if (baseName == null) continue;
            obj.HasPtrRecv = isPtr;
            if (!methods.TryGetValue(baseName, out var list)) methods[baseName] = list = [];
            list.Add(obj);
        }
        // Types checked by an earlier increment get their new methods now (new types get theirs in TypeDecl).
        if (incremental)
            foreach (var baseName in methods.Keys.Where(t => !objMap.ContainsKey(t)).ToList())
                CollectMethods(baseName, (Named)baseName.Type);
    }

    private void CollectImport(ImportSpec s, Scope fileScope, HashSet<Package> pkgImports)
    {
        if (s.Path == "")
        {
            ErrorAt(s.Pos, "invalid import path (empty string)");
            return;
        }
        var imp = ImportPackage(s);
        if (imp == null) return;
        var name = s.Name?.Name ?? imp.Name;
        if (name == "init")
        {
            ErrorAt(s.Pos, "cannot import package as init - init must be a func");
            return;
        }
        if (pkgImports.Add(imp)) pkg.Imports.Add(imp);
        var pkgName = new PkgName(name, s.Pos, pkg, imp);
        if (s.Name != null) RecordDef(s.Name, pkgName);
        else RecordImplicit(s, pkgName);
        imports.Add((pkgName, s));
        if (name == ".")
        {
            foreach (var obj in imp.Scope.Objects)
            {
                if (!obj.Exported) continue;
                var alt = fileScope.Lookup(obj.Name);
                if (alt != null) ReportRedeclared(s.Pos, alt.Name, alt);
                else
                {
                    fileScope.Insert(obj);
                    dotImports[(fileScope, obj.Name)] = pkgName;
                }
            }
        }
        else
        {
            Declare(fileScope, null, pkgName);
        }
    }

    private readonly Dictionary<(Scope, string), PkgName> dotImports = [];

    private void CollectFunc(FuncDecl s, Scope fileScope, List<(Func, bool, Ident)> methodList)
    {
        var name = s.Name.Name;
        var obj = new Func(name, null, s.Name.Pos, pkg) { Decl = s };
        if (s.Recv == null)
        {
            if (name == "init" || (name == "main" && pkg.Name == "main"))
            {
                if (s.Type.TypeParams.Count > 0)
                    ErrorAt(s.Type.TypeParams[0].Pos, $"func {name} must have no type parameters");
                if (s.Type.Params.Count > 0 || s.Type.Results.Count > 0)
                    ErrorAt(s.Name.Pos, $"func {name} must have no arguments and no return values");
            }
            if (name == "init")
            {
                obj.Parent = pkg.Scope;
                RecordDef(s.Name, obj);
                if (s.Body == null) ErrorAt(obj.Pos, "missing function body");
                info.InitFuncs.Add(obj);
            }
            else
            {
                Declare(pkg.Scope, s.Name, obj);
            }
        }
        else
        {
            var (ptr, recv, _) = UnpackRecv(s.Recv.Type, false);
            if (recv != null && name != "_") methodList.Add((obj, ptr, recv));
            RecordDef(s.Name, obj);
        }
        info.Funcs.Add(obj);
        objMap[obj] = new DeclInfo { File = fileScope, FDecl = s };
        objList.Add(obj);
        obj.Order = (uint)objMap.Count;
        obj.Resolver = o => ObjDecl(o, null);
    }

    /// <summary>Strips parentheses and a pointer indirection from a receiver type; returns the base type name and the receiver type parameter names.</summary>
    private (bool ptr, Ident? name, List<Ident> tparams) UnpackRecv(Expr rtyp, bool unpackParams)
    {
        bool ptr = false;
        var tparams = new List<Ident>();
        while (true)
        {
            if (rtyp is ParenExpr p) rtyp = p.X;
            else if (rtyp is StarExpr st) { ptr = true; rtyp = st.X; }
            else break;
        }
        if (rtyp is IndexExpr ix)
        {
            rtyp = ix.X;
            if (unpackParams)
            {
                foreach (var arg in ix.Indices)
                {
                    if (arg is Ident id) tparams.Add(id);
                    else
                    {
                        Error(arg, $"receiver type parameter {E(arg)} must be an identifier");
                        tparams.Add(new Ident(arg.Pos, "_"));
                    }
                }
            }
        }
        return (ptr, rtyp as Ident, tparams);
    }

    private (bool ptr, TypeName? baseName) ResolveBaseTypeName(bool seenPtr, Expr typ)
    {
        bool ptr = seenPtr;
        var seen = new HashSet<TypeName>(ReferenceEqualityComparer.Instance);
        while (true)
        {
            while (typ is ParenExpr p) typ = p.X;
            if (typ is StarExpr st)
            {
                if (ptr) return (false, null);
                ptr = true;
                typ = st.X;
                while (typ is ParenExpr p2) typ = p2.X;
            }
            if (typ is not Ident name) return (false, null);
            if (pkg.Scope.Lookup(name.Name) is not TypeName tname) return (false, null);
            if (!seen.Add(tname)) return (false, null);
            if (incremental && !objMap.ContainsKey(tname) && !tname.IsAlias && tname.Type is Named { TypeArgs.Count: 0 }) return (ptr, tname);
            if (!objMap.TryGetValue(tname, out var d) || d.TDecl == null) return (false, null);
            if (!d.TDecl.Alias) return (ptr, tname);
            typ = d.TDecl.Type;
        }
    }

    private void PackageObjects()
    {
        var list = objList.OrderBy(o => o.Order).ToList();
        var aliasList = new List<TypeName>();
        var others = new List<Object>();
        // Non-alias types first, so that alias right-hand sides see fully set up types.
        foreach (var obj in list)
        {
            if (obj is TypeName tn)
            {
                if (objMap[tn].TDecl!.Alias) aliasList.Add(tn);
                else ObjDecl(tn, null);
            }
            else others.Add(obj);
        }
        foreach (var a in aliasList) ObjDecl(a, null);
        foreach (var o in others) ObjDecl(o, null);
    }

    private void UnusedImports()
    {
        if (incremental) return;
        foreach (var (obj, _) in imports)
        {
            if (obj.Used || obj.Name == "_") continue;
            var path = obj.Imported.Path;
            var elem = path[(path.LastIndexOf('/') + 1)..];
            if (obj.Name == "" || obj.Name == "." || obj.Name == elem)
                ErrorAt(obj.Pos, $"{ConstValue.GoQuote(path)} imported and not used");
            else
                ErrorAt(obj.Pos, $"{ConstValue.GoQuote(path)} imported as {obj.Name} and not used");
        }
    }
}
