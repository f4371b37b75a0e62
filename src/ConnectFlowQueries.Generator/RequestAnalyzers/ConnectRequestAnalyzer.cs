using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ConnectFlowQueries.Generator.RequestAnalyzers
{
    /// <summary>
    /// Checks Amazon Connect requests written by hand, wherever a constant reaches them: flow content (CFQ020–CFQ022,
    /// also in AdditionalFiles marked ConnectFlowContent="true"), strings turned into SDK enums (CFQ023), search field
    /// names (CFQ024), <c>:$</c> aliases on flow and module ids (CFQ025), documented lengths and ranges (CFQ026) and
    /// patterns (CFQ028) of the flow, module, version and alias requests; and offers to turn a constant search request
    /// into a [FlowQuery] method (CFQ027). Non-constant values are never judged.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConnectRequestAnalyzer : RequestAnalyzer
    {
        /// <summary>The MSBuild item metadata <c>ConnectFlowContent</c> of an AdditionalFiles item, as the compiler sees it.</summary>
        public const string FlowContentMetadata = "build_metadata.AdditionalFiles.ConnectFlowContent";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DiagnosticDescriptors.ReportedBy(DiagnosticReporters.RequestAnalyzer);

        private protected override Action<AdditionalFileAnalysisContext> AdditionalFileAction { get; } = AnalyzeFlowFile;

        private protected override void Register(CompilationStartAnalysisContext start, ConnectSdkSymbols sdk)
        {
            bool canConvert = start.Compilation.GetTypeByMetadataName(FlowQueryMethodReader.FlowQueryAttributeName) is not null;
            RegisterOperation<IConversionOperation>(start, OperationKind.Conversion, (c, o) => AnalyzeConversion(c, sdk, o));
            RegisterOperation<IInvocationOperation>(start, OperationKind.Invocation, (c, o) => AnalyzeInvocation(c, sdk, o));
            RegisterOperation<IObjectCreationOperation>(start, OperationKind.ObjectCreation, (c, o) => AnalyzeCreation(c, sdk, o, canConvert));
            RegisterOperation<ISimpleAssignmentOperation>(start, OperationKind.SimpleAssignment, (c, o) => AnalyzeAssignment(c, sdk, o));
            RegisterOperation<IMemberInitializerOperation>(start, OperationKind.MemberInitializer, (c, o) => AnalyzeMemberInitializer(c, sdk, o));
        }

        // ---- CFQ023: strings that become SDK enums ----

        /// <summary><c>StatusCondition = "PUBLISH"</c>: the SDK's implicit operator calls FindValue, which accepts any case.</summary>
        private static void AnalyzeConversion(OperationAnalysisContext context, ConnectSdkSymbols sdk, IConversionOperation conversion)
        {
            if (conversion.OperatorMethod is { MethodKind: MethodKind.Conversion } && sdk.IsConnectEnum(conversion.Type) &&
                ConstantOperations.String(conversion.Operand) is { } text)
            {
                CheckEnumValue(context, sdk, (INamedTypeSymbol)conversion.Type!, text, conversion.Operand, ignoreCase: true);
            }
        }

        /// <summary><c>ContactFlowStatus.FindValue("x")</c>.</summary>
        private static void AnalyzeInvocation(OperationAnalysisContext context, ConnectSdkSymbols sdk, IInvocationOperation invocation)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (method.IsStatic && method.Name == "FindValue" && invocation.Arguments.Length == 1 && sdk.IsConnectEnum(method.ContainingType) &&
                ConstantOperations.String(invocation.Arguments[0].Value) is { } text)
            {
                CheckEnumValue(context, sdk, method.ContainingType, text, invocation.Arguments[0].Value, ignoreCase: true);
            }
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, ConnectSdkSymbols sdk, IObjectCreationOperation creation, bool canConvert)
        {
            // new ContactFlowType("x"): the constructor keeps the text as written, so the case must match too.
            if (sdk.IsConnectEnum(creation.Type) && creation.Arguments.Length == 1 && ConstantOperations.String(creation.Arguments[0].Value) is { } text)
            {
                CheckEnumValue(context, sdk, (INamedTypeSymbol)creation.Type!, text, creation.Arguments[0].Value, ignoreCase: false);
                return;
            }

            // Only where the fix can add a method: in a class, struct or record (not an interface, not top-level statements).
            if (canConvert && SearchRequestReader.Read(creation, sdk) is { } convertible && SearchRequestReader.HostType(creation.Syntax) is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(DiagnosticCatalog.ConvertToFlowQuery), creation.Syntax.GetLocation(),
                    convertible.RequestTypeName, SymbolDisplayLiteral(convertible.QueryText), convertible.AttributeName));
            }
        }

        private static void CheckEnumValue(OperationAnalysisContext context, ConnectSdkSymbols sdk, INamedTypeSymbol type, string text, IOperation value, bool ignoreCase)
        {
            EquatableArray<string> values = sdk.ValuesOf(type);
            CheckAgainst(context, DiagnosticCatalog.InvalidConstantValue, text, values, ignoreCase, value, type.Name);
        }

        /// <summary>Reports <paramref name="text"/> unless it is one of <paramref name="values"/>; an empty list means "unknown", never "nothing is valid".</summary>
        private static void CheckAgainst(OperationAnalysisContext context, QueryDiagnosticDescriptor rule, string text, EquatableArray<string> values, bool ignoreCase, IOperation value, string what)
        {
            StringComparison comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            if (values.Count == 0 || values.Any(v => string.Equals(v, text, comparison)))
            {
                return;
            }

            string? closest = QueryBinder.Closest(text, values);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(rule), value.Syntax.GetLocation(), DiagnosticProperties.ForSuggestion(closest),
                QueryLexer.Printable(text), what, QueryBinder.DidYouMeanHint(closest), string.Join(", ", values)));
        }

        // ---- properties of requests and conditions ----

        private static void AnalyzeAssignment(OperationAnalysisContext context, ConnectSdkSymbols sdk, ISimpleAssignmentOperation assignment)
        {
            if (assignment.Target is not IPropertyReferenceOperation target)
            {
                return;
            }

            IPropertySymbol property = target.Property;
            INamedTypeSymbol type = property.ContainingType;
            IOperation value = assignment.Value;
            if (sdk.RuleOf(type, property.Name) is { } rule)
            {
                CheckMember(context, rule, type, value);
            }

            switch (property.Name)
            {
                case "Content" when sdk.ContentKind(type) is { } kind && ConstantOperations.String(value) is { } content:
                    CheckContent(context, content, kind, value);
                    break;
                case "FieldName" when ConnectSdkSymbols.Is(type, sdk.StringCondition) && ConstantOperations.String(value) is { } field &&
                                      sdk.SchemaOfCriteria(CriteriaHolding(target)) is { } schema:
                    EquatableArray<string> names = schema.Fields.Where(f => f.Kind == FieldValueKind.String && f.IsAvailable).Select(f => f.Name).ToImmutableArray().ToEquatableArray();
                    CheckAgainst(context, DiagnosticCatalog.InvalidStringConditionField, field, names, ignoreCase: false, value, schema.TargetDisplayName);
                    break;
                case "ContactFlowTypes" when ConnectSdkSymbols.Is(type, sdk.ListFlows):
                    CheckContactFlowTypes(context, sdk, type, property, value, ListEntries(value));
                    break;
            }
        }

        /// <summary><c>ContactFlowTypes = { "x" }</c> (a collection initializer on the property itself).</summary>
        private static void AnalyzeMemberInitializer(OperationAnalysisContext context, ConnectSdkSymbols sdk, IMemberInitializerOperation initializer)
        {
            if (initializer.InitializedMember is IPropertyReferenceOperation { Property: { Name: "ContactFlowTypes" } property } &&
                ConnectSdkSymbols.Is(property.ContainingType, sdk.ListFlows))
            {
                CheckContactFlowTypes(context, sdk, property.ContainingType, property, initializer, ListEntries(initializer.Initializer));
            }
        }

        private static void CheckContent(OperationAnalysisContext context, string content, string kind, IOperation value)
        {
            QueryLiteralLocator? locator = null;
            foreach (QueryDiagnostic problem in FlowContentRules.Check(content, kind, context.CancellationToken))
            {
                // Only the JSON error has one character to point at; length and emptiness are about the whole value.
                Location location = value.Syntax.GetLocation();
                if (problem.Descriptor == DiagnosticCatalog.ContentNotJson)
                {
                    locator ??= QueryLiteralLocator.Create(value.Syntax as ExpressionSyntax, location);
                    location = locator.GetLocation(problem.Span);
                }

                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(problem.Descriptor), location, problem.Arguments));
            }
        }

        /// <summary>CFQ025, CFQ026 and CFQ028 on one member: a length or pattern problem inside a literal is placed at its characters.</summary>
        private static void CheckMember(OperationAnalysisContext context, MemberRule rule, INamedTypeSymbol type, IOperation value)
        {
            IEnumerable<MemberProblem> problems;
            if (!rule.IsLength && ConstantOperations.Integer(value) is long number)
            {
                problems = RequestMemberRules.Check(rule, type.Name, number) is { } problem ? new[] { problem } : Array.Empty<MemberProblem>();
            }
            else if (rule.IsLength && ConstantOperations.String(value) is { } text)
            {
                problems = RequestMemberRules.Check(rule, type.Name, text);
            }
            else
            {
                return;
            }

            QueryLiteralLocator? locator = null;
            foreach (MemberProblem problem in problems)
            {
                Location location = value.Syntax.GetLocation();
                if (problem.IsInText)
                {
                    locator ??= QueryLiteralLocator.Create(value.Syntax as ExpressionSyntax, location);
                    location = locator.GetLocation(problem.Diagnostic.Span);
                }

                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(problem.Diagnostic.Descriptor), location,
                    DiagnosticProperties.ForSuggestion(problem.Diagnostic.Suggestion), problem.Diagnostic.Arguments));
            }
        }

        private static void CheckContactFlowTypes(OperationAnalysisContext context, ConnectSdkSymbols sdk, INamedTypeSymbol type, IPropertySymbol property, IOperation at, ListContent? entries)
        {
            if (entries is not { } list)
            {
                return;
            }

            if (list.IsComplete && list.Items.Count > ConnectLimits.MaxContactFlowTypes)
            {
                ReportOutOfRange(context, at is IMemberInitializerOperation m ? m.Initializer : at, type, property,
                    $"has {Int(list.Items.Count)} entries", "at most " + Int(ConnectLimits.MaxContactFlowTypes));
            }

            if (sdk.ContactFlowType is { } flowType)
            {
                foreach (IOperation item in list.Items)
                {
                    if (ConstantOperations.String(item) is { } text)
                    {
                        // A plain string goes on the wire as written: the case must match.
                        CheckEnumValue(context, sdk, flowType, text, item, ignoreCase: false);
                    }
                }
            }
        }

        /// <summary>The criteria type whose StringCondition <paramref name="fieldName"/> belongs to, when the code shows it.</summary>
        private static INamedTypeSymbol? CriteriaHolding(IPropertyReferenceOperation fieldName)
        {
            switch (fieldName.Instance)
            {
                // criteria.StringCondition.FieldName = "x"
                case IPropertyReferenceOperation { Property.Name: "StringCondition" } holder:
                    return holder.Property.ContainingType;

                // new StringCondition { FieldName = "x" } assigned to StringCondition, or StringCondition = { FieldName = "x" }
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                    IOperation? initializer = fieldName.Parent?.Parent;
                    IOperation? holderOperation = initializer?.Parent is IObjectCreationOperation creation ? AssignedBy(creation) : initializer?.Parent;
                    return holderOperation switch
                    {
                        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "StringCondition" } p } => p.Property.ContainingType,
                        IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation { Property.Name: "StringCondition" } p } => p.Property.ContainingType,
                        _ => null,
                    };
                default:
                    return null;
            }
        }

        private static IOperation? AssignedBy(IOperation value)
        {
            IOperation? parent = value.Parent;
            while (parent is IConversionOperation)
            {
                parent = parent.Parent;
            }

            return parent;
        }

        private readonly struct ListContent
        {
            public ListContent(IReadOnlyList<IOperation> items, bool isComplete)
            {
                Items = items;
                IsComplete = isComplete;
            }

            public IReadOnlyList<IOperation> Items { get; }

            /// <summary>False when the list also takes items the code does not show (a constructor argument, a spread).</summary>
            public bool IsComplete { get; }
        }

        /// <summary>The items of <c>new List&lt;string&gt; { ... }</c>, <c>{ ... }</c> or <c>[ ... ]</c>; null for anything else.</summary>
        private static ListContent? ListEntries(IOperation value)
        {
            value = ConstantOperations.WithoutBuiltInConversions(value);
            if (value is IObjectCreationOperation creation)
            {
                bool fromNothing = creation.Arguments.All(a => a.Value.Type?.SpecialType == SpecialType.System_Int32); // () or (capacity)
                return creation.Initializer is IObjectOrCollectionInitializerOperation initializer ? AddedItems(initializer, fromNothing) : null;
            }

            if (value is IObjectOrCollectionInitializerOperation collection)
            {
                return AddedItems(collection, isComplete: false); // adds to whatever the property holds
            }

            // Collection expressions have no IOperation of their own before Roslyn 4.9: read the elements from syntax.
            if (value.Syntax is CollectionExpressionSyntax expression && value.SemanticModel is { } model)
            {
                var items = new List<IOperation>();
                foreach (CollectionElementSyntax element in expression.Elements)
                {
                    if (element is ExpressionElementSyntax { Expression: { } e } && model.GetOperation(e) is { } item)
                    {
                        items.Add(item);
                    }
                }

                return new ListContent(items, items.Count == expression.Elements.Count);
            }

            return null;
        }

        private static ListContent? AddedItems(IObjectOrCollectionInitializerOperation initializer, bool isComplete)
        {
            var items = new List<IOperation>();
            foreach (IOperation element in initializer.Initializers)
            {
                if (element is IInvocationOperation { Arguments.Length: 1 } add)
                {
                    items.Add(add.Arguments[0].Value);
                }
                else
                {
                    isComplete = false;
                }
            }

            return new ListContent(items, isComplete);
        }

        private static void ReportOutOfRange(OperationAnalysisContext context, IOperation value, INamedTypeSymbol type, IPropertySymbol property, string actual, string accepted) =>
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(DiagnosticCatalog.RequestValueOutOfRange), value.Syntax.GetLocation(), type.Name, property.Name, actual, accepted));

        // ---- AdditionalFiles with ConnectFlowContent="true" ----

        private static void AnalyzeFlowFile(AdditionalFileAnalysisContext context)
        {
            AdditionalText file = context.AdditionalFile;
            if (!context.Options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(FlowContentMetadata, out string? marked) ||
                !string.Equals(marked?.Trim(), "true", StringComparison.OrdinalIgnoreCase) ||
                file.GetText(context.CancellationToken) is not { } text)
            {
                return;
            }

            foreach (QueryDiagnostic problem in FlowContentRules.Check(text.ToString(), "flow", context.CancellationToken))
            {
                // A problem at the very end (the JSON stops short) underlines the last character: an empty span shows nothing.
                TextSpan span = problem.Span.Length == 0 && text.Length > 0
                    ? new TextSpan(Math.Min(problem.Span.Start, text.Length - 1), 1)
                    : new TextSpan(problem.Span.Start, problem.Span.Length);
                Location location = Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(problem.Descriptor), location, problem.Arguments));
            }
        }

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string SymbolDisplayLiteral(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);
    }
}
