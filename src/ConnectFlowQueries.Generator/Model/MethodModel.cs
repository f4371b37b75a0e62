using ConnectFlowQueries.Language;

namespace ConnectFlowQueries.Generator
{
    /// <summary>What a [FlowQuery] method hands back.</summary>
    internal enum ReturnKind
    {
        /// <summary>The request object: <c>SearchContactFlowsRequest</c>.</summary>
        Request,

        /// <summary><c>Task&lt;SearchContactFlowsResponse&gt;</c>: one call, one page.</summary>
        SinglePage,

        /// <summary><c>IAsyncEnumerable&lt;ContactFlow&gt;</c>: every result of every page.</summary>
        AllPages,

        /// <summary><c>bool M(ContactFlow flow)</c>: evaluates the query on one object in memory.</summary>
        Match,
    }

    /// <summary>A type that contains the method, as the generated partial declaration repeats it.</summary>
    internal sealed record ContainingTypeModel(string Keyword, string Name);

    /// <summary>A parameter as the implementation repeats it (its type's name, for {placeholders}, is in <see cref="MethodModel.QueryParameters"/>).</summary>
    internal sealed record ParameterModel(string Declaration, string Name);

    /// <summary>
    /// Everything the emitter needs about one [FlowQuery] / [FlowModuleQuery] method, as plain equatable
    /// values (no symbols or syntax), so the incremental pipeline can cache it. Built by name, every member required:
    /// two strings swapped cannot compile.
    /// </summary>
    internal sealed record MethodModel
    {
        public required QueryTarget Target { get; init; }

        /// <summary>The file of the method's type, where it is generated with the type's other query methods.</summary>
        public required string HintName { get; init; }

        public required string? Namespace { get; init; }

        public required EquatableArray<ContainingTypeModel> ContainingTypes { get; init; }

        /// <summary>"public static partial": the method's modifiers as written.</summary>
        public required string Modifiers { get; init; }

        public required string ReturnType { get; init; }

        /// <summary>The method's name as C# source ('@' where a keyword needs it).</summary>
        public required string Name { get; init; }

        public required EquatableArray<ParameterModel> Parameters { get; init; }

        /// <summary>The parameters a query may name with {placeholders}, each with its type's name.</summary>
        public required EquatableArray<QueryParameter> QueryParameters { get; init; }

        public required ReturnKind ReturnKind { get; init; }

        public required string? InstanceIdParameter { get; init; }

        public required string? NextTokenParameter { get; init; }

        public required string? MaxResultsParameter { get; init; }

        public required bool MaxResultsIsNullable { get; init; }

        /// <summary>The attribute's <c>MaxResults</c>, when it has one.</summary>
        public required int? ConstantMaxResults { get; init; }

        /// <summary>The IAmazonConnect parameter, whatever its name.</summary>
        public required string? ClientParameter { get; init; }

        /// <summary>The CancellationToken parameter, whatever its name.</summary>
        public required string? CancellationTokenParameter { get; init; }

        /// <summary>Whether the implementation adds [EnumeratorCancellation] to the token (an IAsyncEnumerable method whose declaration lacks it).</summary>
        public required bool AddEnumeratorCancellation { get; init; }

        /// <summary>The object a bool method matches.</summary>
        public required string? SubjectParameter { get; init; }

        public required string QueryText { get; init; }

        /// <summary>False when the method has a shape problem: it gets the body that throws.</summary>
        public required bool ShapeIsValid { get; init; }
    }
}
