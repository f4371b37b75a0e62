using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using ConnectFlowQueries.Generator;
using Microsoft.CodeAnalysis;

namespace ConnectFlowQueries.Benchmarks
{
    /// <summary>
    /// Verifies, once per scenario, that the benchmarks measure what they claim: the generator implements every
    /// method and the result compiles cleanly, the replay floor adds byte-identical files, the regex generator
    /// really ran, and the three run-time builders produce the same request. Prints one rough single-run time
    /// per scenario (a sanity check, not a measurement: use the benchmarks for figures).
    /// </summary>
    internal static class ScenarioCheck
    {
        public static int Run(int[] methodCounts)
        {
            var failures = new List<string>();
            void Check(bool ok, string what)
            {
                Console.WriteLine($"  {(ok ? "ok  " : "FAIL")} {what}");
                if (!ok)
                {
                    failures.Add(what);
                }
            }

            Console.WriteLine($"dotnet root {InstalledSdk.DotnetRoot}; reference pack {InstalledSdk.RefPack}");
            CheckRunTime(Check);
            foreach (int methods in methodCounts)
            {
                Console.WriteLine($"{methods} methods:");
                var benchmarks = new GeneratorBenchmarks { Methods = methods };
                Time("setup", benchmarks.Setup);
                var compile = new CompileBenchmarks { Methods = methods };
                Time("setup", compile.Setup);
                var project = SyntheticCompilations.ForQueryMethods(methods);

                GeneratorRunResult ours = Time("FlowQueryGenerator", () => benchmarks.FlowQueryGenerator()).GetRunResult().Results.Single();
                int types = (methods + SyntheticSource.MethodsPerFile - 1) / SyntheticSource.MethodsPerFile;
                string oursText = string.Concat(ours.GeneratedSources.Select(s => s.SourceText.ToString()));
                Check(ours.Exception is null && ours.GeneratedSources.Count(s => s.HintName != RuntimeExtensionEmitter.HintName) == types
                    && Enumerable.Range(0, methods).All(i => oursText.Contains($" Q{i}(", StringComparison.Ordinal)),
                    $"our generator implements all {methods} methods, in one file per type ({types})");
                Check(ours.GeneratedSources.Any(s => s.HintName == RuntimeExtensionEmitter.HintName), "our generator adds the run-time request extensions once");
                GeneratorRunResult replay = Time("Replay floor", () => benchmarks.ReplayFloor()).GetRunResult().Results.Single();
                Check(SameFiles(replay, ours), "the replay floor adds the same files, in the same order, with the same text");
                foreach ((string name, Func<GeneratorDriver> variant) in new (string, Func<GeneratorDriver>)[]
                {
                    ("Replay floor, fresh text", benchmarks.ReplayFloorFreshText),
                    ("Replay floor, fresh text, signature read", benchmarks.ReplayFloorSignatureRead),
                })
                {
                    GeneratorRunResult run = Time(name, variant).GetRunResult().Results.Single();
                    Check(SameFiles(run, replay), $"'{name}' adds the replay floor's files");
                }

                GeneratorRunResult empty = Time("Empty FAWMN pipeline", () => benchmarks.EmptyPipeline()).GetRunResult().Results.Single();
                Check(empty.Exception is null && empty.GeneratedSources.IsEmpty, "the empty pipeline adds nothing");
                GeneratorRunResult regex = Time("GeneratedRegex generator", () => benchmarks.RegexGenerator()).GetRunResult().Results.Single();
                string regexText = string.Concat(regex.GeneratedSources.Select(s => s.SourceText.ToString()));
                Check(regex.Exception is null && regex.Diagnostics.IsEmpty && Enumerable.Range(0, methods).All(i => regexText.Contains($" R{i}(", StringComparison.Ordinal)),
                    $"the [GeneratedRegex] generator implements all {methods} methods without diagnostics");

                ImmutableArray<Diagnostic> all = Time("Compiler diagnostics + FlowQueryAnalyzer", compile.CompilerDiagnosticsWithAnalyzer);
                Check(all.IsEmpty, "the generated project has no compiler or analyzer diagnostic: " + string.Join("; ", all.Take(3)));
                Check(Time("Compiler diagnostics + empty symbol analyzer", compile.CompilerDiagnosticsWithEmptyAnalyzer).IsEmpty, "the empty analyzer reports nothing");
                Time("Compiler diagnostics, no generator", compile.CompilerDiagnostics);
                Check(Time("Compile (emit), no generator", compile.Compile).Success, "the generated project emits");
                Check(project.Replay.Count == types, "the replay floor knows every type's file");
            }

            Console.WriteLine("1 MB query:");
            var longQuery = new QueryLengthBenchmarks { QueryLength = 1_000_000 };
            Time("setup", longQuery.Setup);
            GeneratorRunResult longRun = Time("FlowQueryGenerator", () => longQuery.FlowQueryGenerator()).GetRunResult().Results.Single();
            GeneratedSourceResult[] longMethod = longRun.GeneratedSources.Where(s => s.HintName != RuntimeExtensionEmitter.HintName).ToArray();
            Check(longMethod.Length == 1 && longMethod[0].SourceText.ToString().Contains("OrConditions", StringComparison.Ordinal),
                $"the 1 MB query is implemented ({longRun.GeneratedSources.Sum(s => s.SourceText.Length):N0} characters generated)");
            Check(Time("FlowQueryAnalyzer alone", longQuery.Analyzer).IsEmpty, "the 1 MB query has no diagnostics");

            Console.WriteLine(failures.Count == 0 ? "all checks passed" : $"{failures.Count} checks FAILED");
            return failures.Count == 0 ? 0 : 1;
        }

        private static void CheckRunTime(Action<bool, string> check)
        {
            var json = new JsonSerializerOptions { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
            var benchmarks = new RunTimeBenchmarks();
            string handWritten = JsonSerializer.Serialize(benchmarks.HandWritten(), json);
            check(handWritten == JsonSerializer.Serialize(benchmarks.Generated(), json), "the generated method builds the hand-written request");
            check(handWritten == JsonSerializer.Serialize(benchmarks.ParsedAtRunTime(), json), "parsing at run time builds the hand-written request");
            check(handWritten == JsonSerializer.Serialize(benchmarks.PublicRunTimePath(), json), "FlowQuery.TryParse and the generated extension build the hand-written request");
            check(IL(typeof(GeneratedRequests)).SequenceEqual(IL(typeof(HandWrittenRequests))), "the generated method's IL is the hand-written method's, byte for byte");
        }

        private static bool SameFiles(GeneratorRunResult a, GeneratorRunResult b) =>
            a.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).SequenceEqual(b.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));

        private static byte[] IL(Type type) =>
            type.GetMethod(nameof(HandWrittenRequests.ByDepartment))!.GetMethodBody()!.GetILAsByteArray()!;

        private static T Time<T>(string what, Func<T> action)
        {
            var stopwatch = Stopwatch.StartNew();
            T result = action();
            Console.WriteLine($"  {stopwatch.Elapsed.TotalMilliseconds,10:N0} ms  {what}");
            return result;
        }

        private static void Time(string what, Action action) => Time(what, () =>
        {
            action();
            return 0;
        });
    }
}
