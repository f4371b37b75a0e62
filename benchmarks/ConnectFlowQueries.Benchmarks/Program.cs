using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;

namespace ConnectFlowQueries.Benchmarks
{
    public static class Program
    {
        /// <summary>
        /// <c>--check [methods...]</c> runs every scenario once and verifies it does what it claims (see
        /// <see cref="ScenarioCheck"/>); <c>--allocations [methods]</c> prints what reading, binding and emitting one
        /// method allocate (see <see cref="GenerateAllocations"/>); <c>--cpu-times [methods] [rounds]</c> prints each
        /// contender's CPU time, which load does not inflate (see <see cref="CpuTimes"/>); <c>--profile-loop CONTENDER [methods] [rounds]</c>
        /// runs one contender in a loop for a sampling profiler (see <see cref="ProfileLoop"/>); <c>--write-sources DIR METHODS queries|regex</c> writes the
        /// synthetic project's files for a real build; <c>--parse-scaling [max-bytes]</c> times FlowQuery.Parse on inputs of growing
        /// size (see <see cref="ParseScaling"/>); anything else goes to BenchmarkDotNet, e.g. <c>--filter '*'</c>.
        /// </summary>
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "--allocations")
            {
                return GenerateAllocations.Run(args.Length > 1 ? int.Parse(args[1]) : 1000);
            }

            if (args.Length == 4 && args[0] == "--write-sources")
            {
                return WriteSources(args[1], int.Parse(args[2]), args[3]);
            }

            if (args.Length > 0 && args[0] == "--cpu-times")
            {
                return CpuTimes.Run(args.Length > 1 ? int.Parse(args[1]) : 1000, args.Length > 2 ? int.Parse(args[2]) : 15);
            }

            if (args.Length > 1 && args[0] == "--profile-loop")
            {
                return ProfileLoop.Run(args[1], args.Length > 2 ? int.Parse(args[2]) : 1000, args.Length > 3 ? int.Parse(args[3]) : 100);
            }

            if (args.Length > 0 && args[0] == "--parse-scaling")
            {
                return ParseScaling.Run(args.Length > 1 ? int.Parse(args[1]) : 10 << 20);
            }

            if (args.Length > 0 && args[0] == "--check")
            {
                return ScenarioCheck.Run(args.Skip(1).Select(int.Parse).DefaultIfEmpty(100).ToArray());
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }

        /// <summary>The synthetic project's files on disk, for a real build (benchmarks/build-cost.sh).</summary>
        private static int WriteSources(string directory, int methods, string kind)
        {
            List<string> files = kind == "regex" ? SyntheticSource.RegexFiles(methods) : SyntheticSource.QueryFiles(methods);
            Directory.CreateDirectory(directory);
            for (int i = 0; i < files.Count; i++)
            {
                File.WriteAllText(Path.Combine(directory, $"File{i}.cs"), files[i]);
            }

            return 0;
        }
    }
}
