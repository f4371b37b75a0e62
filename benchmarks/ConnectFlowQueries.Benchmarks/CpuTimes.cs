using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using ConnectFlowQueries.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConnectFlowQueries.Benchmarks
{
    /// <summary>
    /// <c>--cpu-times [methods] [rounds]</c>: what each contender costs in CPU time, the kernel's count of the
    /// time a thread ran. On shared cores the wall clock (BenchmarkDotNet's, and the compiler's /reportanalyzer) also counts
    /// the time a thread waited for a core, which moved the analyzers' reported time by 4x between loaded runs; CPU time
    /// does not. Everything runs on one thread: the generators as the driver runs them, the analyzers with
    /// concurrentAnalysis off and only their callbacks counted (<see cref="CpuTimedAnalyzer"/>, as the compiler counts
    /// them), and the denominator, parsing every file and compiling them single-threaded. Linux only (clock_gettime).
    /// </summary>
    internal static class CpuTimes
    {
        private const int WarmUpRounds = 5;

        public static int Run(int methods, int rounds)
        {
            if (!OperatingSystem.IsLinux())
            {
                Console.Error.WriteLine("--cpu-times reads the thread's CPU clock with clock_gettime: Linux only.");
                return 2;
            }

            SyntheticCompilations project = SyntheticCompilations.ForQueryMethods(methods);
            RegexProject regex = RegexProject.Create(methods);
            string[] texts = project.WithGenerated.SyntaxTrees.Select(tree => tree.GetText().ToString()).ToArray();

            var contenders = new (string Name, Func<Sample> Measure)[]
            {
                ("FlowQueryGenerator", () => Generator(project.User, new FlowQueryGenerator().AsSourceGenerator())),
                ("replay floor", () => Generator(project.User, project.Replay.AsSourceGenerator())),
                ("replay floor, signature read", () => Generator(project.User, project.Replay.WithSignatureRead().AsSourceGenerator())),
                ("GeneratedRegex generator", () => Generator(regex.Compilation, regex.Generator)),
                ("FlowQueryAnalyzer callbacks", () => Analyzer(project.WithGenerated, new FlowQueryAnalyzer())),
                ("empty symbol analyzer callbacks", () => Analyzer(project.WithGenerated, new EmptySymbolAnalyzer())),
                ("parse + compile, no generator", () => ParseAndCompile(texts)),
            };

            var samples = contenders.ToDictionary(c => c.Name, _ => new List<Sample>());
            for (int round = 0; round < WarmUpRounds + rounds; round++)
            {
                foreach ((string name, Func<Sample> measure) in contenders)
                {
                    GC.Collect(); // each contender starts from the same heap, not from the previous one's garbage
                    Sample sample = measure();
                    if (round >= WarmUpRounds)
                    {
                        samples[name].Add(sample);
                    }
                }
            }

            Console.WriteLine($"{methods} methods; medians of {rounds} rounds after {WarmUpRounds} warm-up rounds, ms");
            Console.WriteLine($"{"contender",-34} {"CPU",8} {"CPU min",8} {"wall",8} {"reported",9} {"output parse CPU",17} {"GC pauses",10} {"collections",12} {"allocated MB",13}");
            foreach ((string name, _) in contenders)
            {
                List<Sample> s = samples[name];
                Console.WriteLine($"{name,-34} {Median(s, x => x.Cpu),8:F1} {s.Min(x => x.Cpu),8:F1} {Median(s, x => x.Wall),8:F1} {Cell(Median(s, x => x.Reported)),9} {Cell(Median(s, x => x.OutputParseCpu)),17} {Cell(Median(s, x => x.GcPause)),10} {Cell(Median(s, x => x.Collections)),12} {Cell(Median(s, x => x.AllocatedMB)),13}");
            }

            // The goals' ratios, in CPU time; the generators' without parsing their output, as the compiler reports them.
            double Cpu(string name) => Median(samples[name], x => x.Cpu);
            double WithParse(string name) => Median(samples[name], x => x.Cpu + x.OutputParseCpu);
            double ours = Cpu("FlowQueryGenerator"), analyzer = Cpu("FlowQueryAnalyzer callbacks"), compile = Cpu("parse + compile, no generator");
            Console.WriteLine();
            Console.WriteLine($"generator / replay floor:                      {ours / Cpu("replay floor"):F2}x (each with its output parsed: {WithParse("FlowQueryGenerator") / WithParse("replay floor"):F2}x)");
            Console.WriteLine($"generator / signature-reading floor:           {ours / Cpu("replay floor, signature read"):F2}x");
            Console.WriteLine($"generator / GeneratedRegex:                    {ours / Cpu("GeneratedRegex generator"):F2}x");
            Console.WriteLine($"(generator + analyzer) / GeneratedRegex:       {(ours + analyzer) / Cpu("GeneratedRegex generator"):F2}x");
            Console.WriteLine($"generator + analyzer, share of parse+compile:  {(ours + analyzer) / compile:P1} (generator {ours / compile:P1}, analyzer {analyzer / compile:P1})");
            Console.WriteLine($"replay floor, share of parse+compile:          {Cpu("replay floor") / compile:P1}");
            return 0;
        }

        /// <summary>
        /// One run, in ms: CPU and wall-clock time, the time Roslyn's own timing reports (as /reportanalyzer prints it; for an
        /// analyzer, its driver's telemetry, which with concurrent analysis off also counts the compiler's work done on its
        /// thread), and for a generator the CPU time of parsing its output.
        /// </summary>
        /// <remarks>NaN where a figure does not apply: the garbage collector's pauses and collections and the allocations are a generator's only, since the
        /// analyzers' callbacks run inside the compiler's diagnostics pass, whose collections they cannot be told apart from.</remarks>
        private readonly record struct Sample(double Cpu, double Wall, double Reported, double OutputParseCpu = double.NaN, double GcPause = double.NaN, double AllocatedMB = double.NaN, double Collections = double.NaN);

        private static string Cell(double value) => double.IsNaN(value) ? "-" : value.ToString("F1", System.Globalization.CultureInfo.InvariantCulture);

        private static double Median(List<Sample> samples, Func<Sample, double> value)
        {
            double[] sorted = samples.Select(value).OrderBy(v => v).ToArray();
            return sorted[(sorted.Length - 1) / 2];
        }

        /// <summary>
        /// A fresh driver on a fresh clone; then its output parsed, timed apart: the driver parses generated files lazily, when
        /// the compiler first reads them, so the compiler's report (and <see cref="Sample.Reported"/>) leaves that out.
        /// </summary>
        private static Sample Generator(Compilation compilation, ISourceGenerator generator)
        {
            GeneratorDriver driver = SyntheticCompilations.Driver(generator);
            compilation = compilation.Clone();
            TimeSpan pause = GC.GetTotalPauseDuration();
            int collections = GC.CollectionCount(0);
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            long cpu = ThreadCpu.Nanoseconds(), wall = Stopwatch.GetTimestamp();
            driver = driver.RunGenerators(compilation);
            long ran = ThreadCpu.Nanoseconds();
            double wallMs = Stopwatch.GetElapsedTime(wall).TotalMilliseconds;
            double pauseMs = (GC.GetTotalPauseDuration() - pause).TotalMilliseconds, allocatedMB = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6;
            int collected = GC.CollectionCount(0) - collections; // gen-0 collections count the gen-1 and gen-2 ones too
            foreach (SyntaxTree tree in driver.GetRunResult().GeneratedTrees)
            {
                tree.GetRoot();
            }

            return new Sample((ran - cpu) / 1e6, wallMs, driver.GetTimingInfo().GeneratorTimes[0].ElapsedTime.TotalMilliseconds,
                (ThreadCpu.Nanoseconds() - ran) / 1e6, pauseMs, allocatedMB, collected);
        }

        /// <summary>The analyzer attached to the compiler's diagnostics pass, one thread; only its callbacks count.</summary>
        private static Sample Analyzer(Compilation compilation, DiagnosticAnalyzer analyzer)
        {
            var timed = new CpuTimedAnalyzer(analyzer);
            CompilationWithAnalyzers withAnalyzers = AnalyzeOnOneThread(compilation, timed);
            double reported = withAnalyzers.GetAnalyzerTelemetryInfoAsync(timed, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
            return new Sample(timed.CpuNanoseconds / 1e6, timed.WallTicks * 1000.0 / Stopwatch.Frequency, reported);
        }

        /// <summary>
        /// The analyzer attached to the compiler's diagnostics pass over a fresh clone, concurrent analysis off; the synthetic
        /// project has nothing to report, so a diagnostic means the scenario is wrong. Shared with <see cref="ProfileLoop"/>.
        /// </summary>
        internal static CompilationWithAnalyzers AnalyzeOnOneThread(Compilation compilation, DiagnosticAnalyzer analyzer)
        {
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
                concurrentAnalysis: false, logAnalyzerExecutionTime: true);
            CompilationWithAnalyzers withAnalyzers = compilation.Clone().WithAnalyzers(ImmutableArray.Create(analyzer), options);
            ImmutableArray<Diagnostic> diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            if (!diagnostics.IsEmpty)
            {
                throw new InvalidOperationException("The synthetic project should have no analyzer diagnostic: " + diagnostics[0]);
            }

            return withAnalyzers;
        }

        /// <summary>What a build does without generators: parse every file (the user's and the generated ones) and compile them.</summary>
        private static Sample ParseAndCompile(string[] texts)
        {
            long cpu = ThreadCpu.Nanoseconds(), wall = Stopwatch.GetTimestamp();
            var trees = texts.Select((text, i) => CSharpSyntaxTree.ParseText(text, SyntheticCompilations.ParseOptions, path: $"File{i}.cs"));
            CSharpCompilation compilation = SyntheticCompilations.Compile("Queries", trees, concurrentBuild: false);
            using var pe = new MemoryStream();
            if (!compilation.Emit(pe).Success)
            {
                throw new InvalidOperationException("The synthetic project with its generated files should compile.");
            }

            return new Sample((ThreadCpu.Nanoseconds() - cpu) / 1e6, Stopwatch.GetElapsedTime(wall).TotalMilliseconds, double.NaN);
        }
    }

    /// <summary>The calling thread's CPU time, from the kernel.</summary>
    internal static class ThreadCpu
    {
        private const int ClockThreadCpuTimeId = 3; // CLOCK_THREAD_CPUTIME_ID on Linux

        public static long Nanoseconds()
        {
            if (clock_gettime(ClockThreadCpuTimeId, out Timespec time) != 0)
            {
                throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
            }

            return time.Seconds * 1_000_000_000 + time.Nanoseconds;
        }

        [StructLayout(LayoutKind.Sequential)]
        private struct Timespec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int clock_gettime(int clockId, out Timespec time);
    }

    /// <summary>
    /// Runs an analyzer and adds up the CPU and wall-clock time of its callbacks, which is what the compiler's report
    /// counts (by the wall clock only). It hands the analyzer contexts that forward its registrations with the action
    /// wrapped. The analyzers benchmarked here register a compilation-start action and symbol actions only; any other
    /// registration throws, so a new kind of action cannot go uncounted.
    /// </summary>
#pragma warning disable RS1001, RS1012, RS1025, RS1026 // a wrapper that hands the wrapped analyzer its contexts, not an analyzer of its own
    internal sealed class CpuTimedAnalyzer : DiagnosticAnalyzer
    {
        private readonly DiagnosticAnalyzer _inner;
        private long _cpuNanoseconds, _wallTicks;

        public CpuTimedAnalyzer(DiagnosticAnalyzer inner) => _inner = inner;

        public long CpuNanoseconds => Interlocked.Read(ref _cpuNanoseconds);

        public long WallTicks => Interlocked.Read(ref _wallTicks);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

        public override void Initialize(AnalysisContext context) => _inner.Initialize(new TimedContext(context, this));

        private Action<T> Timed<T>(Action<T> action) => argument =>
        {
            long cpu = ThreadCpu.Nanoseconds(), wall = Stopwatch.GetTimestamp();
            try
            {
                action(argument);
            }
            finally
            {
                Interlocked.Add(ref _wallTicks, Stopwatch.GetTimestamp() - wall);
                Interlocked.Add(ref _cpuNanoseconds, ThreadCpu.Nanoseconds() - cpu);
            }
        };

        private static NotSupportedException Uncounted(string registration) =>
            new NotSupportedException($"CpuTimedAnalyzer does not count {registration} actions: add the forwarding before benchmarking such an analyzer.");

        private sealed class TimedContext : AnalysisContext
        {
            private readonly AnalysisContext _context;
            private readonly CpuTimedAnalyzer _owner;

            public TimedContext(AnalysisContext context, CpuTimedAnalyzer owner)
            {
                _context = context;
                _owner = owner;
            }

            public override void EnableConcurrentExecution() => _context.EnableConcurrentExecution();

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _context.ConfigureGeneratedCodeAnalysis(analysisMode);

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
                _context.RegisterCompilationStartAction(start => _owner.Timed(action)(new TimedStartContext(start, _owner)));

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
                _context.RegisterSymbolAction(_owner.Timed(action), symbolKinds);

            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Uncounted("compilation");

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Uncounted("semantic model");

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Uncounted("code block start");

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Uncounted("code block");

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Uncounted("syntax tree");

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
                throw Uncounted("syntax node");
        }

        private sealed class TimedStartContext : CompilationStartAnalysisContext
        {
            private readonly CompilationStartAnalysisContext _context;
            private readonly CpuTimedAnalyzer _owner;

            public TimedStartContext(CompilationStartAnalysisContext context, CpuTimedAnalyzer owner)
                : base(context.Compilation, context.Options, context.CancellationToken)
            {
                _context = context;
                _owner = owner;
            }

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
                _context.RegisterSymbolAction(_owner.Timed(action), symbolKinds);

            public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => throw Uncounted("compilation end");

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Uncounted("semantic model");

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Uncounted("code block start");

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Uncounted("code block");

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Uncounted("syntax tree");

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
                throw Uncounted("syntax node");
        }
    }
#pragma warning restore RS1001, RS1012, RS1025, RS1026
}
