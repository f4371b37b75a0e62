using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace ConnectFlowQueries.Benchmarks
{
    public static class Program
    {
        /// <summary>
        /// <c>--check [methods...]</c> runs every scenario once and verifies it does what it claims (see
        /// <see cref="ScenarioCheck"/>); anything else goes to BenchmarkDotNet, e.g. <c>--filter '*'</c>.
        /// </summary>
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "--check")
            {
                return ScenarioCheck.Run(args.Skip(1).Select(int.Parse).DefaultIfEmpty(100).ToArray());
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
    }
}
