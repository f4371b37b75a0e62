using System;
using System.Linq;
using System.Threading;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConnectFlowQueries.Generator
{
    /// <summary>What reading one method gives: the model to implement it from (null when it cannot be implemented) and its shape problems.</summary>
    internal sealed record QueryMethod(MethodModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// Implements [FlowQuery] and [FlowModuleQuery] partial methods. Stages: find the methods
    /// (ForAttributeWithMetadataName) → read each into an equatable <see cref="MethodModel"/> → combine with the
    /// SDK's <see cref="SdkModel"/> → group the methods by type → parse and bind each query, emit one file per type.
    /// Editing one query reads that one method again and rewrites its type's file only. The generator reports the
    /// methods' shape problems (the compiler runs no analyzer after the declaration errors they cause); the query's
    /// own diagnostics come from <see cref="FlowQueryAnalyzer"/>, as the implementation always compiles.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class FlowQueryGenerator : IIncrementalGenerator
    {
        /// <summary>Tracking names of the pipeline steps, for incrementality tests.</summary>
        public static class Steps
        {
            public const string FlowMethods = nameof(FlowMethods);
            public const string ModuleMethods = nameof(ModuleMethods);
            public const string Sdk = nameof(Sdk);
            /// <summary>The methods grouped by type (one value for the whole compilation).</summary>
            public const string TypeGroups = nameof(TypeGroups);

            /// <summary>One file per type, from <see cref="TypeGroups"/>: only the files whose methods changed are written again.</summary>
            public const string Files = nameof(Files);

            /// <summary>Whether the compilation gets the run-time request extensions (an equatable trigger).</summary>
            public const string RuntimeExtensionTrigger = nameof(RuntimeExtensionTrigger);

            /// <summary>The text of the run-time request extensions.</summary>
            public const string RuntimeExtensions = nameof(RuntimeExtensions);
        }

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<QueryMethod> flows = Methods(context, FlowQueryMethodReader.FlowQueryAttributeName, QueryTarget.Flows)
                .WithTrackingName(Steps.FlowMethods);
            IncrementalValuesProvider<QueryMethod> modules = Methods(context, FlowQueryMethodReader.FlowModuleQueryAttributeName, QueryTarget.Modules)
                .WithTrackingName(Steps.ModuleMethods);

            IncrementalValueProvider<SdkModel> sdk = context.CompilationProvider
                .Select(static (compilation, ct) => SdkModel.Read(compilation, ct))
                .WithTrackingName(Steps.Sdk);

            // Grouping looks at every method, but only compares models the steps above kept: an unchanged method is the
            // very same object, and only the files whose methods changed reach the output below.
            IncrementalValuesProvider<GeneratedFile> files = Models(flows).Collect()
                .Combine(Models(modules).Collect())
                .Select(static (pair, _) => GeneratedFile.GroupByType(pair.Left, pair.Right))
                .WithTrackingName(Steps.TypeGroups)
                .SelectMany(static (files, _) => files)
                .WithTrackingName(Steps.Files);

            context.RegisterSourceOutput(files.Combine(sdk), static (spc, pair) =>
                spc.AddSource(pair.Left.HintName, Generate(pair.Left, pair.Right, spc.CancellationToken, spc.ReportDiagnostic)));
            ReportShapeDiagnostics(context, flows);
            ReportShapeDiagnostics(context, modules);
            RegisterRuntimeExtensions(context, sdk);
        }

        private static IncrementalValuesProvider<MethodModel> Models(IncrementalValuesProvider<QueryMethod> methods) =>
            methods.Select(static (method, _) => method.Model).Where(static model => model is not null)!;

        /// <summary>
        /// Method-shape problems come from the generator, not an analyzer: a method it cannot implement is a
        /// declaration error (CS8795, CS0751), and the command-line compiler runs no analyzer after one.
        /// </summary>
        private static void ReportShapeDiagnostics(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<QueryMethod> methods) =>
            context.RegisterSourceOutput(methods.Where(static m => m.Diagnostics.Count > 0), static (spc, method) =>
            {
                foreach (DiagnosticInfo diagnostic in method.Diagnostics)
                {
                    spc.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });

        /// <summary>
        /// ToSearchContactFlowsRequest(this FlowQuery, ...) and the modules twin, for queries parsed at run time. The
        /// compilation is reduced to an equatable trigger first, so an unrelated edit stops there and emits nothing again.
        /// </summary>
        private static void RegisterRuntimeExtensions(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<SdkModel> sdk)
        {
            IncrementalValueProvider<RuntimeExtensionTrigger> trigger = context.CompilationProvider
                .Select(static (compilation, _) => RuntimeExtensionTrigger.Read(compilation))
                .WithTrackingName(Steps.RuntimeExtensionTrigger);

            IncrementalValueProvider<RuntimeExtensionsOutput> output = trigger
                .Combine(sdk)
                .Select(static (pair, ct) => EmitRuntimeExtensions(pair.Left, pair.Right, ct))
                .WithTrackingName(Steps.RuntimeExtensions);

            context.RegisterSourceOutput(output, static (spc, output) =>
            {
                if (output.Text is not null)
                {
                    spc.AddSource(RuntimeExtensionEmitter.HintName, output.Text);
                }

                if (output.Error is not null)
                {
                    spc.ReportDiagnostic(output.Error.ToDiagnostic());
                }
            });
        }

        /// <summary>The extensions' text, or why there is none when writing them failed.</summary>
        private sealed record RuntimeExtensionsOutput(string? Text, DiagnosticInfo? Error);

        private static RuntimeExtensionsOutput EmitRuntimeExtensions(RuntimeExtensionTrigger trigger, SdkModel sdk, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                FaultInjection.At(FaultInjection.RuntimeExtensions);
                return new RuntimeExtensionsOutput(trigger.Any ? RuntimeExtensionEmitter.Emit(trigger, sdk) : null, null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Never break the user's build: a call to the extensions fails to compile, and CFQ029 says why.
                return new RuntimeExtensionsOutput(null, InternalErrors.Info("writing the run-time request extensions (ToSearchContactFlowsRequest)", e, location: null));
            }
        }

        private static IncrementalValuesProvider<QueryMethod> Methods(IncrementalGeneratorInitializationContext context, string attributeName, QueryTarget target) =>
            context.SyntaxProvider.ForAttributeWithMetadataName(
                    attributeName,
                    static (node, _) => node is MethodDeclarationSyntax or LocalFunctionStatementSyntax,
                    (ctx, ct) => Read(ctx, target, ct))
                .Where(static m => m is not null)!;

        private static QueryMethod? Read(GeneratorAttributeSyntaxContext context, QueryTarget target, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not IMethodSymbol method || context.Attributes.Length != 1)
            {
                return null;
            }

            if (target == QueryTarget.Modules && method.GetAttributes().Any(a => FlowQueryMethodReader.TargetOf(a) == QueryTarget.Flows))
            {
                return null; // both attributes: the flows step reads the method and reports it once
            }

            try
            {
                FaultInjection.At(FaultInjection.ReadMethod);
                if (context.TargetNode is LocalFunctionStatementSyntax localFunction)
                {
                    return new QueryMethod(null, new EquatableArray<DiagnosticInfo>(new[]
                    {
                        new DiagnosticInfo(DiagnosticCatalog.InvalidMethod, LocationInfo.From(localFunction.Identifier.GetLocation()),
                            $"'{method.Name}' is a local function, which nothing can implement from another file: declare it as a partial method of a partial type"),
                    }));
                }

                MethodReadResult read = FlowQueryMethodReader.Read(method, context.Attributes[0], target, context.SemanticModel.Compilation, cancellationToken);
                return read.Model is null && read.Diagnostics.Count == 0 ? null : new QueryMethod(read.Model, read.Diagnostics);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Never let an exception disable generation for the user: say so where the method is, and implement nothing.
                return new QueryMethod(null, new EquatableArray<DiagnosticInfo>(new[] { InternalErrors.Info($"reading the method '{method.Name}'", e, method.Locations.FirstOrDefault()) }));
            }
        }

        /// <summary>
        /// A type's file: each method's query parsed and bound as the emitter comes to it. A method the emitter fails on
        /// gets the body that throws, and CFQ029 names it (the model keeps no location, so it has none).
        /// </summary>
        internal static string Generate(GeneratedFile file, SdkModel sdk, CancellationToken cancellationToken, Action<Diagnostic>? report = null) =>
            FlowQueryEmitter.EmitFile(file, method => Bind(method, sdk, cancellationToken), cancellationToken,
                report is null ? null : (method, e) => report(InternalErrors.Create($"writing the method '{method.Name}'", e, location: null)));

        /// <summary>
        /// The method's bound query; null for a method whose shape is invalid. An exception here is caught where the
        /// emitter calls it, which writes the method's throwing body instead.
        /// </summary>
        internal static BoundQuery? Bind(MethodModel method, SdkModel sdk, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return method.ShapeIsValid
                ? QueryBinder.Bind(method.QueryText, sdk.For(method.Target), method.QueryParameters, cancellationToken).Query
                : null;
        }
    }
}
