using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ConnectFlowQueries.Generator.RequestAnalyzers
{
    /// <summary>
    /// What every analyzer of hand-written AWSSDK.Connect request code shares: generated code is not analyzed (ours
    /// builds requests from values it checked already), the SDK's symbols are looked up once per compilation for all of
    /// them (<see cref="ConnectSdkSymbols.For"/>), and every action is guarded, so that a bug costs a CFQ029 where the
    /// work was, not an AD0001 that breaks the build. Non-constant values are never judged.
    /// </summary>
    public abstract class RequestAnalyzer : DiagnosticAnalyzer
    {
        private const string Activity = "checking this Amazon Connect request code";

        private protected RequestAnalyzer()
        {
        }

        public sealed override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (AdditionalFileAction is { } analyzeFile)
                {
                    // Files need no SDK.
                    start.RegisterAdditionalFileAction(context => Guard(context, analyzeFile, static (c, d) => c.ReportDiagnostic(d), static c => FileStart(c.AdditionalFile.Path)));
                }

                if (ConnectSdkSymbols.For(start.Compilation) is { } sdk)
                {
                    Register(start, sdk); // else no AWSSDK.Connect: nothing to check, at no cost
                }
            });
        }

        /// <summary>What to do with each AdditionalFiles item, if anything.</summary>
        private protected virtual Action<AdditionalFileAnalysisContext>? AdditionalFileAction => null;

        /// <summary>The actions on code of a compilation that references AWSSDK.Connect.</summary>
        private protected abstract void Register(CompilationStartAnalysisContext start, ConnectSdkSymbols sdk);

        private protected void RegisterOperation<TOperation>(CompilationStartAnalysisContext start, OperationKind kind, Action<OperationAnalysisContext, TOperation> analyze)
            where TOperation : IOperation
        {
            // Delegates made once here, none per operation: these run on every operation of their kind in the compilation.
            Action<OperationAnalysisContext> typed = context => analyze(context, (TOperation)context.Operation);
            start.RegisterOperationAction(context => Guard(context, typed, static (c, d) => c.ReportDiagnostic(d), static c => c.Operation.Syntax.GetLocation()), kind);
        }

        /// <summary>The file's first character: where a failure that belongs to the whole file is shown.</summary>
        private static Location FileStart(string path) =>
            Location.Create(path, new TextSpan(0, 1), new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, 1)));

        private void Guard<TContext>(TContext context, Action<TContext> analyze, Action<TContext, Diagnostic> report, Func<TContext, Location> location)
        {
            try
            {
                FaultInjection.At(GetType().Name);
                analyze(context);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                report(context, InternalErrors.Create(Activity, e, location(context)));
            }
        }
    }
}
