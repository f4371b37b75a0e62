using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConnectFlowQueries.Generator
{
    internal sealed class MethodReadResult
    {
        public MethodReadResult(MethodModel? model, EquatableArray<DiagnosticInfo> diagnostics, EquatableArray<QueryParameter> queryParameters, ulong boundByType)
        {
            Model = model;
            Diagnostics = diagnostics;
            QueryParameters = queryParameters;
            _boundByType = boundByType;
        }

        private readonly ulong _boundByType;

        /// <summary>Null when no implementation can be emitted at all (not partial, type not partial, ...) or the model was not asked for.</summary>
        public MethodModel? Model { get; }

        /// <summary>Method-shape problems (CFQ010, CFQ011, CFQ013), reported by the generator.</summary>
        public EquatableArray<DiagnosticInfo> Diagnostics { get; }

        /// <summary>The parameters a query may name with {placeholders}, each with its type's name.</summary>
        public EquatableArray<QueryParameter> QueryParameters { get; }

        /// <summary>Whether the parameter at <paramref name="ordinal"/> was taken for its type (the client, the cancellation token), whatever its name.</summary>
        public bool IsBoundByType(int ordinal) => ordinal < 64 && (_boundByType & (1UL << ordinal)) != 0;
    }

    /// <summary>
    /// Reads a [FlowQuery] / [FlowModuleQuery] method's symbol into a <see cref="MethodModel"/> and checks its
    /// shape. Shared by the generator (which keeps the model and reports the shape diagnostics: a method it cannot
    /// implement is a declaration error, after which the compiler runs no analyzer) and the analyzer (which binds
    /// the query against the parameters), so both agree on what a valid method is.
    /// </summary>
    internal static class FlowQueryMethodReader
    {
        public const string FlowQueryAttributeName = "ConnectFlowQueries.FlowQueryAttribute";
        public const string FlowModuleQueryAttributeName = "ConnectFlowQueries.FlowModuleQueryAttribute";
        public const string GeneratorName = "ConnectFlowQueries.Generator";

        public const string InstanceId = "instanceId";
        public const string NextToken = "nextToken";
        public const string MaxResults = "maxResults";
        public const string Client = "client";
        public const string CancellationToken = "cancellationToken";

        public static readonly string[] KnownParameterNames = { InstanceId, NextToken, MaxResults, Client, CancellationToken };

        private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        private static readonly SymbolDisplayFormat ParameterFormat = TypeFormat.WithParameterOptions(
            SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName |
            SymbolDisplayParameterOptions.IncludeParamsRefOut | SymbolDisplayParameterOptions.IncludeExtensionThis);

        /// <summary>Runs for every attribute of every method the analyzer sees, so it compares names instead of building display strings.</summary>
        public static QueryTarget? TargetOf(AttributeData attribute) =>
            IsType(attribute.AttributeClass, FlowQueryAttributeName) ? QueryTarget.Flows
            : IsType(attribute.AttributeClass, FlowModuleQueryAttributeName) ? QueryTarget.Modules
            : null;

        /// <summary>
        /// Whether <paramref name="type"/> is the top-level type named <paramref name="fullName"/> ("System.Threading.Tasks.Task")
        /// with <paramref name="arity"/> type parameters, compared part by part without allocating.
        /// </summary>
        internal static bool IsType(ITypeSymbol? type, string fullName, int arity = 0)
        {
            if (type is not INamedTypeSymbol { ContainingType: null } named || named.Arity != arity)
            {
                return false;
            }

            int end = fullName.Length;
            int dot = fullName.LastIndexOf('.');
            if (!IsPart(named.Name, fullName, dot + 1, end))
            {
                return false;
            }

            end = dot;
            for (INamespaceSymbol? ns = named.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                if (end <= 0)
                {
                    return false;
                }

                dot = fullName.LastIndexOf('.', end - 1);
                if (!IsPart(ns.Name, fullName, dot + 1, end))
                {
                    return false;
                }

                end = dot;
            }

            return end < 0;

            static bool IsPart(string name, string full, int start, int stop) =>
                stop - start == name.Length && string.CompareOrdinal(name, 0, full, start, name.Length) == 0;
        }

        private const string ClientTypeName = SdkModel.ConnectNamespace + ".IAmazonConnect";

        /// <summary>The full name of the SDK type a target's match method takes ("Amazon.Connect.Model.ContactFlow").</summary>
        public static string ItemTypeName(QueryTarget target) => SdkNames.For(target).ItemFullName;

        /// <summary>
        /// Reads a method and checks its shape. Nothing at all (no model, no diagnostic) for a method the compiler
        /// cannot bind yet, as while it is being typed: its own errors say what is wrong, and an implementation
        /// written from a half-typed declaration would only add errors of ours.
        /// </summary>
        /// <param name="buildModel">False for the analyzer, which needs the parameters only: the model's display strings are the costly part.</param>
        public static MethodReadResult Read(IMethodSymbol method, AttributeData attribute, QueryTarget target, Compilation compilation, CancellationToken cancellationToken, bool buildModel = true)
        {
            // Made at the first problem: most methods have none, and an empty builder still allocates its array.
            List<DiagnosticInfo>? diagnostics = null;
            Location? methodLocation = method.Locations.FirstOrDefault();
            void Report(QueryDiagnosticDescriptor descriptor, Location? location, string argument) =>
                (diagnostics ??= new List<DiagnosticInfo>()).Add(new DiagnosticInfo(descriptor, LocationInfo.From(location ?? methodLocation), argument));
            void Fail(Location? location, string message) => Report(DiagnosticCatalog.InvalidMethod, location, message);
            MethodReadResult Result(MethodModel? model, EquatableArray<QueryParameter> parameters, ulong boundByType = 0) =>
                new MethodReadResult(model, diagnostics is null ? EquatableArray<DiagnosticInfo>.Empty : new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()), parameters, boundByType);

            var declaration = method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) as MethodDeclarationSyntax;
            if (declaration is null || declaration.Parent is not TypeDeclarationSyntax || HasSyntaxErrors(declaration))
            {
                return Result(null, EquatableArray<QueryParameter>.Empty); // outside any type or half-typed: the compiler's errors say it
            }

            string attributeName = target == QueryTarget.Flows ? "[FlowQuery]" : "[FlowModuleQuery]";
            SdkNames names = SdkNames.For(target);
            string query = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string s ? s : string.Empty;

            // Settings of the whole project come first: with them wrong, nothing else about the method matters yet.
            if (declaration.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: < LanguageVersion.CSharp9 } options)
            {
                Report(DiagnosticCatalog.ProjectSettings, methodLocation,
                    $"{attributeName} methods need C# 9 or later, and this project compiles C# {options.LanguageVersion.ToDisplayString()}: set <LangVersion>9.0</LangVersion> or later in the project file");
                return Result(null, EquatableArray<QueryParameter>.Empty);
            }

            if (SdkAliases(compilation, names.RequestFullName) is { } aliases)
            {
                Report(DiagnosticCatalog.ProjectSettings, methodLocation,
                    $"AWSSDK.Connect is referenced only as extern alias '{aliases}', which generated code cannot see: add 'global' to the reference's aliases (Aliases=\"global,{aliases}\")");
                return Result(null, EquatableArray<QueryParameter>.Empty);
            }

            int? constantMaxResults = null;
            Location? constantMaxResultsLocation = null;
            foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
            {
                if (named.Key == "MaxResults" && named.Value.Value is int value)
                {
                    constantMaxResults = value;
                    constantMaxResultsLocation = NamedArgumentLocation(attribute, "MaxResults", cancellationToken) ?? methodLocation;
                    if (value is < ConnectLimits.MinResults or > ConnectLimits.MaxSearchResults)
                    {
                        Report(DiagnosticCatalog.MaxResultsOutOfRange, constantMaxResultsLocation, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                }
            }

            // Can an implementation be emitted at all? Otherwise the user would see C# errors about our output.
            bool canImplement = true;
            if (declaration.Parent is InterfaceDeclarationSyntax)
            {
                // Checked below with the other containing types; what the method itself lacks follows from that.
            }
            else if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword) || declaration.Body is not null || declaration.ExpressionBody is not null)
            {
                Fail(methodLocation, $"The method '{method.Name}' must be a partial method without a body, so {attributeName} can implement it");
                canImplement = false;
            }
            else if (method.PartialImplementationPart is { } implementation && !IsGenerated(implementation))
            {
                Fail(methodLocation, $"The method '{method.Name}' already has an implementation; remove it and let {attributeName} generate it");
                canImplement = false;
            }

            if (QueryAttributeCount(method) > 1)
            {
                Fail(methodLocation, $"The method '{method.Name}' has both [FlowQuery] and [FlowModuleQuery]; keep one");
                canImplement = false;
            }

            if (method.IsGenericMethod)
            {
                Fail(methodLocation, $"The method '{method.Name}' cannot be generic");
                canImplement = false;
            }

            if (method.ReturnsByRef || method.ReturnsByRefReadonly)
            {
                Fail(declaration.ReturnType.GetLocation(), $"The method '{method.Name}' cannot return by reference");
                canImplement = false;
            }

            List<ContainingTypeModel>? containingTypes = buildModel ? new List<ContainingTypeModel>() : null;
            for (SyntaxNode? node = declaration.Parent; node is TypeDeclarationSyntax type; node = node.Parent)
            {
                string? keyword = type switch
                {
                    RecordDeclarationSyntax r => r.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record struct" : "record",
                    ClassDeclarationSyntax => "class",
                    StructDeclarationSyntax => "struct",
                    _ => null,
                };
                if (keyword is null)
                {
                    Fail(type.Identifier.GetLocation(), $"{attributeName} methods must be declared in a class, struct or record, not in '{type.Identifier.ValueText}'");
                    canImplement = false;
                }
                else if (!type.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    Fail(type.Identifier.GetLocation(), $"The type '{type.Identifier.ValueText}' that contains '{method.Name}' must be declared 'partial'");
                    canImplement = false;
                }
                else if (type.Modifiers.Any(SyntaxKind.FileKeyword))
                {
                    // C# keeps every part of a file-local type in one file, and generated code is always another file.
                    Fail(type.Identifier.GetLocation(), $"The type '{type.Identifier.ValueText}' that contains '{method.Name}' is file-local ('file'), so no other file can implement its methods: remove 'file' or declare the method in another type");
                    canImplement = false;
                }

                containingTypes?.Insert(0, new ContainingTypeModel(keyword ?? "class", TypeDeclarationName(type)));
            }

            ReturnKind? returnKind = ClassifyReturn(method.ReturnType, names);
            if (returnKind is null)
            {
                bool unknown = ContainsErrorType(method.ReturnType);
                Fail(declaration.ReturnType.GetLocation(), unknown
                    ? $"The return type '{method.ReturnType.ToDisplayString()}' is unknown: reference the AWSSDK.Connect package (and for IAsyncEnumerable, target .NET Core 3.0 or later or reference Microsoft.Bcl.AsyncInterfaces)"
                    : $"{attributeName} methods return {SdkModel.ModelNamespace}.{names.Request}, Task<{names.Response}>, IAsyncEnumerable<{names.Item}> or bool (matching a {names.Item} in memory), not '{method.ReturnType.ToDisplayString()}'");
                canImplement &= !unknown; // an implementation would repeat the unknown type: one more error, in our file
            }

            // The client and the cancellation token are taken by their types; the other parameters by name; anything else is a {placeholder} candidate.
            string? instanceId = null, nextToken = null, maxResults = null, client = null, cancellation = null, subject = null;
            bool maxResultsNullable = false, addEnumeratorCancellation = false;
            ulong boundByType = 0;
            // Filled by ordinal and handed to the model as they are, like the query parameters: no list to grow and copy.
            ParameterModel[]? parameters = buildModel ? new ParameterModel[method.Parameters.Length] : null;
            var queryParameters = new QueryParameter[method.Parameters.Length];
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                Location? location = parameter.Locations.FirstOrDefault();
                if (ContainsErrorType(parameter.Type))
                {
                    canImplement = false; // the compiler reports the unknown type; an implementation would repeat it
                }

                string typeName = TypeName(parameter.Type, out TypeSpelling spelling);
                queryParameters[parameter.Ordinal] = new QueryParameter(parameter.Name, typeName);
                if (parameters is not null)
                {
                    bool isThis = method.IsExtensionMethod && parameter.Ordinal == 0;
                    parameters[parameter.Ordinal] = new ParameterModel(Declaration(parameter, typeName, spelling, isThis), parameter.Name);
                }

                if (parameter.RefKind != RefKind.None)
                {
                    Fail(location, $"The parameter '{parameter.Name}' cannot be ref, out or in");
                    // Taken as meant all the same, so 'in string instanceId' is one problem, not also a missing instanceId.
                    instanceId ??= parameter.Name == InstanceId ? parameter.Name : null;
                    continue;
                }

                if (typeName == CancellationTokenTypeName || typeName == ClientTypeName)
                {
                    bool isToken = typeName == CancellationTokenTypeName;
                    boundByType |= parameter.Ordinal < 64 ? 1UL << parameter.Ordinal : 0; // a second one is reported here, not as unused too
                    if ((isToken ? cancellation : client) is { } first)
                    {
                        Fail(location, $"The method '{method.Name}' takes one {(isToken ? "CancellationToken" : "IAmazonConnect")}, but '{first}' and '{parameter.Name}' both are one: remove '{parameter.Name}'");
                        continue;
                    }

                    if (!isToken)
                    {
                        client = parameter.Name;
                        continue;
                    }

                    cancellation = parameter.Name;
                    // Only an IAsyncEnumerable method needs the attribute, and binding a parameter's attributes is not free.
                    addEnumeratorCancellation = returnKind == ReturnKind.AllPages &&
                        !parameter.GetAttributes().Any(a => a.AttributeClass?.Name == "EnumeratorCancellationAttribute");
                    continue;
                }

                switch (parameter.Name)
                {
                    case InstanceId:
                        Expect(typeName == "string", location, InstanceId, "string");
                        instanceId = parameter.Name;
                        break;
                    case NextToken:
                        Expect(typeName == "string", location, NextToken, "string");
                        nextToken = parameter.Name;
                        break;
                    case MaxResults:
                        Expect(typeName is "int" or "int?", location, MaxResults, "int or int?");
                        maxResults = parameter.Name;
                        maxResultsNullable = typeName == "int?";
                        break;
                    // The well-known name with another type: the client and the token of their types were taken above.
                    case Client:
                        Mistyped(location, Client, ClientTypeName);
                        break;
                    case CancellationToken:
                        Mistyped(location, CancellationToken, "CancellationToken");
                        break;
                    default:
                        if (returnKind == ReturnKind.Match && typeName == names.ItemFullName && subject is null)
                        {
                            subject = parameter.Name;
                        }

                        break;
                }
            }

            if (constantMaxResults is int constant && maxResults is not null && !maxResultsNullable)
            {
                Fail(constantMaxResultsLocation, $"MaxResults = {constant} is never used: the 'int {maxResults}' parameter always sets the page size. Declare it 'int? {maxResults}' to fall back to {constant} when it is null, or remove one of them");
            }

            switch (returnKind)
            {
                case ReturnKind.Match when subject is null:
                    Fail(methodLocation, $"A {attributeName} method returning bool matches one object: add a parameter of type {SdkModel.ModelNamespace}.{names.Item}");
                    break;
                case ReturnKind.Request or ReturnKind.SinglePage or ReturnKind.AllPages when instanceId is null:
                    Fail(methodLocation, $"The method '{method.Name}' needs a 'string instanceId' parameter: the Amazon Connect instance to search");
                    break;
            }

            if (returnKind is ReturnKind.SinglePage or ReturnKind.AllPages && client is null)
            {
                Fail(methodLocation, $"The method '{method.Name}' calls the service: add an 'Amazon.Connect.IAmazonConnect client' parameter");
            }

            var readParameters = new EquatableArray<QueryParameter>(queryParameters);
            if (!canImplement || containingTypes is null) // containingTypes is null when no model was asked for
            {
                return Result(null, readParameters, boundByType);
            }

            var model = new MethodModel
            {
                Target = target,
                HintName = HintName(method),
                Namespace = method.ContainingNamespace is { IsGlobalNamespace: false } ns ? QualifiedName(ns) ?? WithoutGlobalPrefix(ns.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)) : null,
                ContainingTypes = containingTypes.ToEquatableArray(),
                Modifiers = Modifiers(declaration.Modifiers),
                ReturnType = ReturnTypeName(method.ReturnType, returnKind, target),
                Name = EscapedIdentifier(declaration.Identifier),
                Parameters = new EquatableArray<ParameterModel>(parameters ?? Array.Empty<ParameterModel>()),
                QueryParameters = readParameters,
                ReturnKind = returnKind ?? ReturnKind.Request,
                InstanceIdParameter = instanceId,
                NextTokenParameter = nextToken,
                MaxResultsParameter = maxResults,
                MaxResultsIsNullable = maxResultsNullable,
                ConstantMaxResults = constantMaxResults,
                ClientParameter = client,
                CancellationTokenParameter = cancellation,
                AddEnumeratorCancellation = addEnumeratorCancellation,
                SubjectParameter = subject,
                QueryText = query,
                ShapeIsValid = diagnostics is null,
            };
            return Result(model, readParameters, boundByType);

            void Expect(bool ok, Location? location, string name, string type)
            {
                if (!ok)
                {
                    Mistyped(location, name, type);
                }
            }

            void Mistyped(Location? location, string name, string type) => Fail(location, $"The parameter '{name}' must be of type {type}");
        }

        private const string CancellationTokenTypeName = "System.Threading.CancellationToken";

        /// <summary>Whether the declaration has a syntax error (a warning, such as a malformed documentation comment, is not one).</summary>
        private static bool HasSyntaxErrors(SyntaxNode node) =>
            node.ContainsDiagnostics && node.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);

        /// <summary>Whether the compiler could not resolve the type or a part of it (a type argument, an array's element).</summary>
        private static bool ContainsErrorType(ITypeSymbol type) => type switch
        {
            { TypeKind: TypeKind.Error } => true,
            IArrayTypeSymbol array => ContainsErrorType(array.ElementType),
            INamedTypeSymbol { IsGenericType: true } generic => generic.TypeArguments.Any(ContainsErrorType),
            _ => false,
        };

        /// <summary>
        /// The aliases of the AWSSDK.Connect reference when none of them is 'global' (generated code spells its types
        /// 'global::Amazon.Connect...'), else null. GetTypeByMetadataName finds no type of an aliased reference, so the
        /// common case costs one cached lookup.
        /// </summary>
        internal static string? SdkAliases(Compilation compilation, string requestTypeName)
        {
            if (compilation.GetTypeByMetadataName(requestTypeName) is not null)
            {
                return null;
            }

            foreach (INamedTypeSymbol type in compilation.GetTypesByMetadataName(requestTypeName))
            {
                if (compilation.GetMetadataReference(type.ContainingAssembly) is { Properties.Aliases: { IsDefaultOrEmpty: false } aliases } && !aliases.Contains("global"))
                {
                    return string.Join(",", aliases);
                }
            }

            return null;
        }

        /// <summary>A declared name as C# source: '@' where the user wrote it or a keyword needs it.</summary>
        internal static string EscapedIdentifier(SyntaxToken identifier) =>
            identifier.Text.StartsWith("@", StringComparison.Ordinal) || SyntaxFacts.GetKeywordKind(identifier.ValueText) != SyntaxKind.None
                ? "@" + identifier.ValueText
                : identifier.ValueText;

        /// <summary>"Box&lt;T&gt;": the name and the type parameters' names, which a partial declaration repeats (not their attributes or variance).</summary>
        private static string TypeDeclarationName(TypeDeclarationSyntax type)
        {
            if (type.TypeParameterList is not { Parameters.Count: > 0 } typeParameters)
            {
                return EscapedIdentifier(type.Identifier);
            }

            StringBuilder sb = StringBuilderCache.Acquire().Append(EscapedIdentifier(type.Identifier)).Append('<');
            for (int i = 0; i < typeParameters.Parameters.Count; i++)
            {
                (i > 0 ? sb.Append(", ") : sb).Append(EscapedIdentifier(typeParameters.Parameters[i].Identifier));
            }

            return StringBuilderCache.GetStringAndRelease(sb.Append('>'));
        }

        private static string WithoutGlobalPrefix(string name) =>
            name.StartsWith(GlobalPrefix, StringComparison.Ordinal) ? name.Substring(GlobalPrefix.Length) : name;

        private static ReturnKind? ClassifyReturn(ITypeSymbol type, SdkNames names)
        {
            if (type.SpecialType == SpecialType.System_Boolean)
            {
                return ReturnKind.Match;
            }

            if (IsType(type, names.RequestFullName))
            {
                return ReturnKind.Request;
            }

            if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic)
            {
                ITypeSymbol argument = generic.TypeArguments[0];
                if (IsType(generic.ConstructedFrom, "System.Threading.Tasks.Task", 1) && IsType(argument, names.ResponseFullName))
                {
                    return ReturnKind.SinglePage;
                }

                if (IsType(generic.ConstructedFrom, "System.Collections.Generic.IAsyncEnumerable", 1) && IsType(argument, names.ItemFullName))
                {
                    return ReturnKind.AllPages;
                }
            }

            return null;
        }

        /// <summary>"string", "int?", or a type's name without 'global::' and without a nullable reference annotation.</summary>
        private static string TypeName(ITypeSymbol type, out TypeSpelling spelling)
        {
            spelling = TypeSpelling.Keyword;
            if (Keyword(type.SpecialType) is { } keyword)
            {
                return keyword;
            }

            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable &&
                Keyword(nullable.TypeArguments[0].SpecialType) is { } underlying)
            {
                return NullableKeyword(nullable.TypeArguments[0].SpecialType) ?? underlying + "?";
            }

            spelling = TypeSpelling.Qualified;
            if (QualifiedName(type) is { } qualified)
            {
                return qualified;
            }

            spelling = TypeSpelling.Roslyn;
            return type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString();
        }

        /// <summary>How <see cref="TypeName"/> spelled a type, which says how a declaration of the type is spelled from it.</summary>
        private enum TypeSpelling
        {
            /// <summary>A C# keyword ("string", "int?"): the same in every format.</summary>
            Keyword,

            /// <summary>Namespaces and containing types by name (<see cref="QualifiedName"/>): 'global::' before it in a declaration.</summary>
            Qualified,

            /// <summary>Roslyn's display string: a declaration asks Roslyn again.</summary>
            Roslyn,
        }

        /// <summary>The C# keyword of the types parameters most often have, as ToDisplayString spells them, without building a display string.</summary>
        private static string? Keyword(SpecialType type) => type switch
        {
            SpecialType.System_String => "string",
            SpecialType.System_Int32 => "int",
            SpecialType.System_Int64 => "long",
            SpecialType.System_Boolean => "bool",
            SpecialType.System_Double => "double",
            _ => null,
        };

        private static string? NullableKeyword(SpecialType type) => type switch
        {
            SpecialType.System_Int32 => "int?",
            SpecialType.System_Boolean => "bool?",
            _ => null,
        };

        /// <summary>
        /// "string? nextToken" as the implementation repeats it. The usual parameter (a type <see cref="TypeName"/> spelled
        /// without Roslyn, nothing else) is spelled from that name; anything else (ref kinds, params, generic types, names that need '@') by Roslyn.
        /// </summary>
        private static string Declaration(IParameterSymbol parameter, string typeName, TypeSpelling spelling, bool isThis)
        {
            if (spelling != TypeSpelling.Roslyn && parameter is { RefKind: RefKind.None, IsParams: false } &&
                SyntaxFacts.GetKeywordKind(parameter.Name) == SyntaxKind.None)
            {
                bool annotated = parameter.Type.IsReferenceType && parameter.NullableAnnotation == NullableAnnotation.Annotated;
                StringBuilder sb = StringBuilderCache.Acquire();
                (isThis ? sb.Append("this ") : sb).Append(spelling == TypeSpelling.Qualified ? GlobalPrefix : string.Empty).Append(typeName);
                return StringBuilderCache.GetStringAndRelease((annotated ? sb.Append('?') : sb).Append(' ').Append(parameter.Name));
            }

            // Roslyn spells a lone parameter without the 'this' of an extension method, whatever the format says.
            string declaration = parameter.ToDisplayString(ParameterFormat);
            return isThis && !declaration.StartsWith("this ", StringComparison.Ordinal) ? "this " + declaration : declaration;
        }

        private const string GlobalPrefix = "global::";

        /// <summary>
        /// "Amazon.Connect.IAmazonConnect", "Outer.Inner": the name Roslyn's display formats
        /// give a plain named type or namespace, spelled from the symbols' own names, because display strings cost
        /// microseconds each and a method needs several. Null where Roslyn would spell more than the names (generic and special
        /// types, error types, names that are keywords): callers then ask Roslyn.
        /// </summary>
        private static string? QualifiedName(INamespaceOrTypeSymbol symbol)
        {
            // Tuples are generic (ValueTuple`N), so arity 0 leaves them out too.
            if (symbol is ITypeSymbol type && (type is not INamedTypeSymbol { Arity: 0 } || type.SpecialType != SpecialType.None || type.TypeKind == TypeKind.Error))
            {
                return null;
            }

            StringBuilder sb = StringBuilderCache.Acquire();
            if (!AppendQualifiedName(sb, symbol))
            {
                StringBuilderCache.Release(sb);
                return null;
            }

            return StringBuilderCache.GetStringAndRelease(sb);

            static bool AppendQualifiedName(StringBuilder sb, INamespaceOrTypeSymbol symbol)
            {
                INamespaceOrTypeSymbol? container = (INamespaceOrTypeSymbol?)symbol.ContainingType ?? symbol.ContainingNamespace;
                if (container is not null and not INamespaceSymbol { IsGlobalNamespace: true })
                {
                    if (container is INamedTypeSymbol { Arity: > 0 } || !AppendQualifiedName(sb, container))
                    {
                        return false;
                    }

                    sb.Append('.');
                }

                if (IsKeyword(symbol.Name))
                {
                    return false;
                }

                sb.Append(symbol.Name);
                return true;
            }
        }

        /// <summary>Whether Roslyn's display might escape or alter the name: any keyword, contextual ones included.</summary>
        private static bool IsKeyword(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None;

        /// <summary>
        /// The return types <see cref="ClassifyReturn"/> recognized, spelled as Roslyn's <see cref="TypeFormat"/> would from
        /// strings built once; by Roslyn where a nullable annotation ('?') must be repeated.
        /// </summary>
        private static string ReturnTypeName(ITypeSymbol type, ReturnKind? kind, QueryTarget target) =>
            kind switch
            {
                ReturnKind.Match => "bool",
                ReturnKind.Request when !AnyAnnotated(type) => SdkSource.RequestType(target),
                ReturnKind.SinglePage when !AnyAnnotated(type) => SdkSource.TaskOfResponseType(target),
                ReturnKind.AllPages when !AnyAnnotated(type) => SdkSource.AsyncEnumerableOfItemType(target),
                _ => type.ToDisplayString(TypeFormat),
            };

        /// <summary>Whether a return type, or the type argument of a generic one, carries a '?'.</summary>
        private static bool AnyAnnotated(ITypeSymbol type) =>
            type.NullableAnnotation == NullableAnnotation.Annotated ||
            (type is INamedTypeSymbol { TypeArguments.Length: 1 } generic && generic.TypeArguments[0].NullableAnnotation == NullableAnnotation.Annotated);

        private static int QueryAttributeCount(IMethodSymbol method)
        {
            int count = 0;
            foreach (AttributeData attribute in method.GetAttributes())
            {
                if (TargetOf(attribute) is not null)
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>"public static partial": the modifiers as written, one space apart.</summary>
        private static string Modifiers(SyntaxTokenList modifiers)
        {
            StringBuilder sb = StringBuilderCache.Acquire();
            foreach (SyntaxToken modifier in modifiers)
            {
                (sb.Length == 0 ? sb : sb.Append(' ')).Append(modifier.Text);
            }

            return StringBuilderCache.GetStringAndRelease(sb);
        }

        private static bool IsGenerated(IMethodSymbol implementation) =>
            implementation.GetAttributes().Any(a =>
                IsType(a.AttributeClass, "System.CodeDom.Compiler.GeneratedCodeAttribute") &&
                a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value as string == GeneratorName);

        /// <summary>The file of the method's type: the type's qualified name (GeneratedFile makes it unique among the files).</summary>
        private static string HintName(IMethodSymbol method)
        {
            string type = QualifiedName(method.ContainingType) ?? method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            StringBuilder sb = StringBuilderCache.Acquire();
            for (int i = type.StartsWith(GlobalPrefix, System.StringComparison.Ordinal) ? GlobalPrefix.Length : 0; i < type.Length; i++)
            {
                char c = type[i];
                sb.Append(char.IsLetterOrDigit(c) || c == '.' || c == '_' ? c : '_');
            }

            return StringBuilderCache.GetStringAndRelease(sb.Append(GeneratedFile.HintNameExtension));
        }

        public static AttributeArgumentSyntax? QueryArgument(AttributeData attribute, CancellationToken cancellationToken) =>
            attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax { ArgumentList: { } list }
                ? list.Arguments.FirstOrDefault(a => a.NameEquals is null && (a.NameColon is null || a.NameColon.Name.Identifier.ValueText == "query"))
                : null;

        private static Location? NamedArgumentLocation(AttributeData attribute, string name, CancellationToken cancellationToken) =>
            attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax { ArgumentList: { } list }
                ? list.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name)?.Expression.GetLocation()
                : null;
    }
}
