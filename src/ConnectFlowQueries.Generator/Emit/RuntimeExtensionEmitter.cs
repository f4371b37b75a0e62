using System;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConnectFlowQueries.Generator
{
    /// <summary>
    /// Which run-time request extensions a compilation gets: one per search whose request type the referenced
    /// AWSSDK.Connect has (and generated code can see: not only under an extern alias), and only when the
    /// ConnectFlowQueries library (with <c>FlowQuery</c>) is referenced too and the project compiles C# 8 or later
    /// (the extensions are nullable-annotated; a C# 7.3 project that only uses FlowQuery.Parse must not start failing
    /// to build). None when a referenced assembly's extensions are visible here (it grants InternalsVisibleTo): a
    /// second copy would make every call ambiguous, and that one builds the same requests. A plain equatable value,
    /// so the extensions are emitted again only when these facts change.
    /// </summary>
    internal sealed record RuntimeExtensionTrigger(bool Flows, bool Modules)
    {
        public const string FlowQueryTypeName = "ConnectFlowQueries.FlowQuery";

        public bool Any => Flows || Modules;

        public bool Has(QueryTarget target) => target == QueryTarget.Flows ? Flows : Modules;

        public static RuntimeExtensionTrigger Read(Compilation compilation)
        {
            bool library = compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp8 } &&
                compilation.GetTypeByMetadataName(FlowQueryTypeName) is not null &&
                !SeesReferencedExtensions(compilation);
            return new RuntimeExtensionTrigger(library && HasRequest(compilation, QueryTarget.Flows), library && HasRequest(compilation, QueryTarget.Modules));
        }

        private static bool HasRequest(Compilation compilation, QueryTarget target)
        {
            // Null also where the SDK is referenced only under an extern alias, which generated code cannot see.
            return compilation.GetTypeByMetadataName(SdkNames.For(target).RequestFullName) is not null;
        }

        private static bool SeesReferencedExtensions(Compilation compilation)
        {
            foreach (INamedTypeSymbol type in compilation.GetTypesByMetadataName(RuntimeExtensionEmitter.Namespace + "." + RuntimeExtensionEmitter.ClassName))
            {
                if (!SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly) && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Writes <c>ToSearchContactFlowsRequest(this FlowQuery, ...)</c> and its modules twin: the object graph a
    /// [FlowQuery] method builds at compile time, built at run time from a query parsed with <c>FlowQuery.Parse</c>,
    /// against the SDK the user references (so the library itself binds to no SDK version).
    /// </summary>
    internal static class RuntimeExtensionEmitter
    {
        public const string HintName = "ConnectFlowQueries.FlowQuery-RequestExtensions.g.cs";
        public const string Namespace = "ConnectFlowQueries";
        public const string ClassName = "FlowQueryRequestExtensions";

        private const string Api = "global::ConnectFlowQueries.";

        public static string Emit(RuntimeExtensionTrigger trigger, SdkModel sdk)
        {
            CodeWriter writer = CodeWriter.Acquire(16 * 1024);
            try
            {
                FlowQueryEmitter.WriteFileHeader(writer);
                writer.Append("namespace ").Line(Namespace).Open();
                writer.Line("/// <summary>Builds AWSSDK.Connect requests from queries parsed at run time with <c>FlowQuery.Parse</c>.</summary>");
                FlowQueryEmitter.WriteGeneratedCodeAttribute(writer);
                writer.Append("internal static partial class ").Line(ClassName).Open();
                foreach (QueryTarget target in new[] { QueryTarget.Flows, QueryTarget.Modules })
                {
                    if (trigger.Has(target))
                    {
                        WriteRequest(writer, target, sdk);
                        WriteCriteria(writer, target, sdk.For(target));
                    }
                }

                if (trigger.Flows && sdk.Flows.HasFlowAttributeFilter)
                {
                    WriteAttributeFilter(writer);
                }

                WriteHelpers(writer);
                writer.CloseAll();
                return writer.ToString();
            }
            finally
            {
                writer.Release();
            }
        }

        private static string TargetName(QueryTarget target) => target == QueryTarget.Flows ? nameof(QueryTarget.Flows) : nameof(QueryTarget.Modules);

        /// <summary>"ToSearchContactFlowsRequest".</summary>
        private static CodeWriter AppendMethodName(CodeWriter writer, QueryTarget target) => writer.Append("To").Append(SdkNames.For(target).Request);

        /// <summary>"__ContactFlowSearchCriteria": the conversion of a target's criteria, named after its SDK type.</summary>
        private static CodeWriter AppendCriteriaMethod(CodeWriter writer, QueryTarget target) => writer.Append("__").Append(SdkNames.For(target).Criteria);

        private static void WriteRequest(CodeWriter writer, QueryTarget target, SdkModel sdk)
        {
            string request = SdkSource.RequestType(target);
            QueryTarget other = target == QueryTarget.Flows ? QueryTarget.Modules : QueryTarget.Flows;
            writer.Line("/// <summary>");
            writer.Append("/// The <c>").Append(SdkNames.For(target).Request).Append("</c> for a query parsed with <c>FlowQueryTarget.").Append(TargetName(target)).Line("</c>:");
            writer.Append("/// the same object graph a [").Append(FlowQueryEmitter.AttributeName(target)).Line("] method builds for the same text.");
            writer.Line("/// </summary>");
            writer.Line("/// <param name=\"query\">The query.</param>");
            writer.Line("/// <param name=\"instanceId\">The Amazon Connect instance id.</param>");
            writer.Line("/// <param name=\"maxResults\">The page size (1 to 100); null leaves it to the service.</param>");
            writer.Line("/// <param name=\"nextToken\">The previous response's NextToken (at most 2500 characters); null for the first page.</param>");
            writer.Line("/// <exception cref=\"global::System.ArgumentException\">The instance id is null, empty or longer than 100 characters, the page size outside 1 to 100, or the token longer than 2500 characters.</exception>");
            writer.Append("public static ").Append(request).Append(' ');
            AppendMethodName(writer, target).Append("(this ").Append(Api).Line("FlowQuery query, string instanceId, int? maxResults = null, string? nextToken = null)").Open();
            writer.Append("__CheckTarget(query, ").Append(Api).Append("FlowQueryTarget.").Append(TargetName(target)).Append(", \"");
            AppendMethodName(writer, other).Line("\");");
            FlowQueryEmitter.WriteArgumentChecks(writer, "instanceId", "maxResults", "nextToken", client: null);
            writer.Append("return new ").Line(request).Open();
            writer.Append(RequestShape.InstanceId).Line(" = instanceId,");
            writer.Append(RequestShape.MaxResults).Line(" = maxResults,");
            writer.Append(RequestShape.NextToken).Line(" = nextToken,");
            writer.Append(RequestShape.SearchCriteria).Append(" = query.Criteria is null ? null : ");
            AppendCriteriaMethod(writer, target).Line("(query.Criteria),");
            writer.Append(RequestShape.SearchFilter).Append(" = ");
            AppendSearchFilter(writer, target, sdk).Line(",");
            writer.Close("};").Close().NewLine();
        }

        /// <summary>
        /// The SearchFilter expression: the tag filter, and for flows the flow attribute filter where the SDK has it
        /// (where it does not, a query that needs one throws why: the library parses it whatever the SDK).
        /// </summary>
        private static CodeWriter AppendSearchFilter(CodeWriter writer, QueryTarget target, SdkModel sdk)
        {
            if (target == QueryTarget.Flows)
            {
                writer.Append("query.AttributeFilter != null ? ");
                if (sdk.Flows.HasFlowAttributeFilter)
                {
                    writer.Append("new ").Append(SdkSource.FilterType(target)).Append(" { ").Append(RequestShape.TagFilter)
                        .Append(" = query.TagFilter is null ? null : __TagFilter(query.TagFilter), ").Append(RequestShape.FlowAttributeFilter)
                        .Append(" = __AttributeFilter(query.AttributeFilter) }");
                }
                else
                {
                    writer.Append("throw new global::System.NotSupportedException(")
                        .AppendLiteral("An 'or' between tag and type conditions needs ContactFlowSearchFilter.FlowAttributeFilter, which the referenced AWSSDK.Connect does not have; update the AWSSDK.Connect package.")
                        .Append(')');
                }

                writer.Append(" : ");
            }

            return writer.Append("query.TagFilter is null ? null : new ").Append(SdkSource.FilterType(target)).Append(" { ").Append(RequestShape.TagFilter)
                .Append(" = __TagFilter(query.TagFilter) }");
        }

        /// <summary>The flow attribute filter's conversion, only where the SDK has the type.</summary>
        private static void WriteAttributeFilter(CodeWriter writer)
        {
            writer.Append("private static ").Append(SdkSource.AttributeFilterType).Append(" __AttributeFilter(").Append(Api).Line("FlowAttributeFilter filter)").Open();
            writer.Append("var anyOf = new ").Append(SdkSource.AttributeAndConditionListType).Line("(filter.AnyOf.Count);");
            writer.Line("foreach (var condition in filter.AnyOf)").Open();
            writer.Append("anyOf.Add(new ").Line(SdkSource.AttributeAndConditionType).Open();
            writer.Append(RequestShape.TagConditions).Line(" = condition.Tags.Count == 0 ? null : __Tags(condition.Tags),");
            writer.Append(RequestShape.ContactFlowTypeCondition).Append(" = condition.Type is null ? null : new ").Append(SdkSource.TypeConditionType)
                .Append(" { ").Append(RequestShape.ContactFlowType).Append(" = ");
            SdkSource.AppendEnumFromString(writer, "ContactFlowType", "condition.Type").Line(" },");
            writer.Close("});").Close().NewLine();
            writer.Append("return new ").Append(SdkSource.AttributeFilterType).Append(" { ").Append(RequestShape.OrConditions).Line(" = anyOf };");
            writer.Close().NewLine();
        }

        private static void WriteCriteria(CodeWriter writer, QueryTarget target, QuerySchema schema)
        {
            string type = SdkSource.CriteriaType(target);
            writer.Append("private static ").Append(type).Append(' ');
            AppendCriteriaMethod(writer, target).Append('(').Append(Api).Line("FlowCriteria criteria)").Open();
            writer.Line("switch (criteria)").Open();
            writer.Append("case ").Append(Api).Line("FlowLogicalCriteria logical:").Open();
            writer.Append("var operands = new ").Append(SdkSource.ListOf(type)).Line("(logical.Operands.Count);");
            writer.Line("foreach (var operand in logical.Operands)").Open();
            writer.Append("operands.Add(");
            AppendCriteriaMethod(writer, target).Line("(operand));");
            writer.Close().NewLine();
            writer.Append("return logical.Operator == ").Append(Api).Line("FlowLogicalOperator.And").Indent();
            writer.Append("? new ").Append(type).Append(" { ").Append(RequestShape.Member(LogicalOperator.And)).Line(" = operands }");
            writer.Append(": new ").Append(type).Append(" { ").Append(RequestShape.Member(LogicalOperator.Or)).Line(" = operands };").Outdent();
            writer.Close().NewLine();
            writer.Append("case ").Append(Api).Line("FlowStringCondition condition:").Indent();
            writer.Append("return new ").Append(type).Append(" { ").Append(RequestShape.StringCondition).Line(" = __StringCondition(condition) };").Outdent();

            // One case per enum field of the schema read from the user's SDK; a field that SDK lacks throws why.
            foreach (FieldSchema field in schema.Fields)
            {
                if (field.Kind != FieldValueKind.Enum && field.IsAvailable)
                {
                    continue;
                }

                writer.Append("case ").Append(Api).Append("FlowEnumCondition condition when condition.Field == ").AppendLiteral(field.Name).Line(":").Indent();
                if (field.IsAvailable)
                {
                    writer.Append("return new ").Append(type).Append(" { ").Append(field.CriteriaProperty).Append(" = ");
                    SdkSource.AppendEnumFromString(writer, field.EnumTypeName, "condition.Value").Line(" };");
                }
                else
                {
                    writer.Append("throw new global::System.NotSupportedException(").AppendLiteral("'" + field.Name + "' cannot be searched: " + field.UnavailableReason).Line(");");
                }

                writer.Outdent();
            }

            writer.Line("default:").Indent();
            writer.Append("throw new global::System.ArgumentException(\"Not a criteria node of ").Append(schema.TargetDisplayName).Line(": \" + criteria, nameof(criteria));");
            writer.Outdent().Close().Close().NewLine();
        }

        /// <summary>The conversions every request extension uses, whatever the targets.</summary>
        private static void WriteHelpers(CodeWriter writer)
        {
            writer.Append("private static void __CheckTarget(").Append(Api).Append("FlowQuery query, ").Append(Api).Line("FlowQueryTarget target, string method)").Open();
            writer.Line("if (query is null)").Open();
            writer.Line("throw new global::System.ArgumentNullException(nameof(query));");
            writer.Close().NewLine();
            writer.Line("if (query.Target != target)").Open();
            writer.Line("throw new global::System.ArgumentException(\"The query was parsed for FlowQueryTarget.\" + query.Target + \"; call \" + method + \" instead.\", nameof(query));");
            writer.Close().Close().NewLine();

            writer.Append("private static ").Append(SdkSource.StringConditionType).Append(" __StringCondition(").Append(Api).Line("FlowStringCondition condition)").Open();
            writer.Append(SdkSource.ConnectPrefix).Append(RequestShape.ComparisonTypeEnum).Line(" comparison;");
            writer.Line("switch (condition.Comparison)").Open();

            // FlowStringComparison has the language's StringMatch names, so each maps to its wire value here.
            foreach (StringMatch match in (StringMatch[])Enum.GetValues(typeof(StringMatch)))
            {
                writer.Append("case ").Append(Api).Append("FlowStringComparison.").Append(match.ToString()).Line(":").Indent();
                writer.Append("comparison = ").Append(SdkSource.ComparisonType(match)).Line(";");
                writer.Line("break;").Outdent();
            }

            writer.Line("default:").Indent();
            writer.Line("throw new global::System.ArgumentOutOfRangeException(nameof(condition), condition.Comparison, \"Not a comparison the API has.\");");
            writer.Outdent().Close().NewLine();
            writer.Append("return new ").Line(SdkSource.StringConditionType).Open();
            writer.Append(RequestShape.FieldName).Line(" = condition.Field,");
            writer.Append(RequestShape.Value).Line(" = condition.Value,");
            writer.Append(RequestShape.ComparisonType).Line(" = comparison,");
            writer.Close("};").Close().NewLine();

            writer.Line("// The smallest member that holds the filter, as RequestShape.FormOf chooses for [FlowQuery] methods.");
            writer.Append("private static ").Append(SdkSource.TagFilterType).Append(" __TagFilter(").Append(Api).Line("FlowTagFilter filter)").Open();
            writer.Line("if (filter.AnyOf.Count == 1 && filter.AnyOf[0].Count == 1)").Open();
            AppendNewTagFilter(writer, RequestShape.TagCondition, "__Tag(filter.AnyOf[0][0])");
            writer.Close().NewLine();
            writer.Line("if (filter.AnyOf.Count == 1)").Open();
            AppendNewTagFilter(writer, RequestShape.AndConditions, "__Tags(filter.AnyOf[0])");
            writer.Close().NewLine();
            writer.Append("var anyOf = new ").Append(SdkSource.TagConditionListListType).Line("(filter.AnyOf.Count);");
            writer.Line("foreach (var all in filter.AnyOf)").Open();
            writer.Line("anyOf.Add(__Tags(all));");
            writer.Close().NewLine();
            AppendNewTagFilter(writer, RequestShape.OrConditions, "anyOf");
            writer.Close().NewLine();

            writer.Append("private static ").Append(SdkSource.TagConditionListType).Append(" __Tags(global::System.Collections.Generic.IReadOnlyList<")
                .Append(Api).Line("FlowTagCondition> tags)").Open();
            writer.Append("var list = new ").Append(SdkSource.TagConditionListType).Line("(tags.Count);");
            writer.Line("foreach (var tag in tags)").Open();
            writer.Line("list.Add(__Tag(tag));");
            writer.Close().NewLine();
            writer.Line("return list;");
            writer.Close().NewLine();

            writer.Append("private static ").Append(SdkSource.TagConditionType).Append(" __Tag(").Append(Api).Line("FlowTagCondition tag) =>").Indent();
            writer.Append("new ").Append(SdkSource.TagConditionType).Append(" { ").Append(RequestShape.TagKey).Append(" = tag.Key, ")
                .Append(RequestShape.TagValue).Line(" = tag.Value };").Outdent();
        }

        /// <summary>"return new ControlPlaneTagFilter { member = value };".</summary>
        private static void AppendNewTagFilter(CodeWriter writer, string member, string value) =>
            writer.Append("return new ").Append(SdkSource.TagFilterType).Append(" { ").Append(member).Append(" = ").Append(value).Line(" };");
    }
}
