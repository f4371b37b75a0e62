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
    /// values (no symbols or syntax), so the incremental pipeline can cache it.
    /// </summary>
    /// <param name="HintName">The file of the method's type, where it is generated with the type's other query methods.</param>
    /// <param name="QueryParameters">The parameters a query may name with {placeholders}, each with its type's name.</param>
    internal sealed record MethodModel(
        QueryTarget Target,
        string HintName,
        string? Namespace,
        EquatableArray<ContainingTypeModel> ContainingTypes,
        string Modifiers,
        string ReturnType,
        string Name,
        EquatableArray<ParameterModel> Parameters,
        EquatableArray<QueryParameter> QueryParameters,
        ReturnKind ReturnKind,
        string? InstanceIdParameter,
        string? NextTokenParameter,
        string? MaxResultsParameter,
        bool MaxResultsIsNullable,
        int? ConstantMaxResults,
        string? ClientParameter,
        string? CancellationTokenParameter,
        bool AddEnumeratorCancellation,
        string? SubjectParameter,
        string QueryText,
        bool ShapeIsValid);
}
