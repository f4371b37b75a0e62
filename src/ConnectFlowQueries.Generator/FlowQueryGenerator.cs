using System;
using System.Threading;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConnectFlowQueries.Generator
{
    /// <summary>
    /// Implements [FlowQuery] and [FlowModuleQuery] partial methods. Stages: find the methods
    /// (ForAttributeWithMetadataName) → read each into an equatable <see cref="MethodModel"/> → combine with the
    /// SDK's <see cref="SdkModel"/> → group the methods by type → parse and bind each query, emit one file per type.
    /// Editing one query reads that one method again and rewrites its type's file only. Diagnostics come from
    /// <see cref="FlowQueryAnalyzer"/>, so the generator stays cheap and its steps stay cached.
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
            IncrementalValuesProvider<MethodModel> flows = Methods(context, FlowQueryMethodReader.FlowQueryAttributeName, QueryTarget.Flows)
                .WithTrackingName(Steps.FlowMethods);
            IncrementalValuesProvider<MethodModel> modules = Methods(context, FlowQueryMethodReader.FlowModuleQueryAttributeName, QueryTarget.Modules)
                .WithTrackingName(Steps.ModuleMethods);

            IncrementalValueProvider<SdkModel> sdk = context.CompilationProvider
                .Select(static (compilation, ct) => SdkModel.Read(compilation, ct))
                .WithTrackingName(Steps.Sdk);

            // Grouping looks at every method, but only compares models the steps above kept: an unchanged method is the
            // very same object, and only the files whose methods changed reach the output below.
            IncrementalValuesProvider<GeneratedFile> files = flows.Collect()
                .Combine(modules.Collect())
                .Select(static (pair, _) => GeneratedFile.GroupByType(pair.Left, pair.Right))
                .WithTrackingName(Steps.TypeGroups)
                .SelectMany(static (files, _) => files)
                .WithTrackingName(Steps.Files);

            context.RegisterSourceOutput(files.Combine(sdk), static (spc, pair) =>
                spc.AddSource(pair.Left.HintName, Generate(pair.Left, pair.Right, spc.CancellationToken)));
            RegisterRuntimeExtensions(context, sdk);
        }

        /// <summary>
        /// ToSearchContactFlowsRequest(this FlowQuery, ...) and the modules twin, for queries parsed at run time. The
        /// compilation is reduced to an equatable trigger first, so an unrelated edit stops there and emits nothing again.
        /// </summary>
        private static void RegisterRuntimeExtensions(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<SdkModel> sdk)
        {
            IncrementalValueProvider<RuntimeExtensionTrigger> trigger = context.CompilationProvider
                .Select(static (compilation, _) => RuntimeExtensionTrigger.Read(compilation))
                .WithTrackingName(Steps.RuntimeExtensionTrigger);

            IncrementalValueProvider<string?> source = trigger
                .Combine(sdk)
                .Select(static (pair, ct) => EmitRuntimeExtensions(pair.Left, pair.Right, ct))
                .WithTrackingName(Steps.RuntimeExtensions);

            context.RegisterSourceOutput(source, static (spc, text) =>
            {
                if (text is not null)
                {
                    spc.AddSource(RuntimeExtensionEmitter.HintName, text);
                }
            });
        }

        private static string? EmitRuntimeExtensions(RuntimeExtensionTrigger trigger, SdkModel sdk, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return trigger.Any ? RuntimeExtensionEmitter.Emit(trigger, sdk) : null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return null; // never break the user's build; without the extensions a call to them fails to compile, visibly
            }
        }

        private static IncrementalValuesProvider<MethodModel> Methods(IncrementalGeneratorInitializationContext context, string attributeName, QueryTarget target) =>
            context.SyntaxProvider.ForAttributeWithMetadataName(
                    attributeName,
                    static (node, _) => node is MethodDeclarationSyntax,
                    (ctx, ct) => Read(ctx, target, ct))
                .Where(static m => m is not null)!;

        private static MethodModel? Read(GeneratorAttributeSyntaxContext context, QueryTarget target, CancellationToken cancellationToken)
        {
            try
            {
                return context.TargetSymbol is IMethodSymbol method && context.Attributes.Length == 1
                    ? FlowQueryMethodReader.Read(method, context.Attributes[0], target, cancellationToken).Model
                    : null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Never let an exception disable generation for the user; the analyzer reports what is wrong.
                return null;
            }
        }

        /// <summary>A type's file: each method's query parsed and bound as the emitter comes to it.</summary>
        internal static string Generate(GeneratedFile file, SdkModel sdk, CancellationToken cancellationToken) =>
            FlowQueryEmitter.EmitFile(file, method => Bind(method, sdk, cancellationToken), cancellationToken);

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
