using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace ConnectFlowQueries.Benchmarks
{
    public static class Program
    {
        /// <summary>
        /// <c>--check [methods...]</c> runs every scenario once and verifies it does what it claims (see
        /// <see cref="ScenarioCheck"/>); <c>--allocations [methods]</c> prints what binding and emitting one method
        /// allocates (see <see cref="GenerateAllocations"/>); anything else goes to BenchmarkDotNet, e.g. <c>--filter '*'</c>.
        /// </summary>
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "--allocations")
            {
                return GenerateAllocations.Run(args.Length > 1 ? int.Parse(args[1]) : 1000);
            }

            if (args.Length > 0 && args[0] == "--check")
            {
                return ScenarioCheck.Run(args.Skip(1).Select(int.Parse).DefaultIfEmpty(100).ToArray());
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
    }
}
