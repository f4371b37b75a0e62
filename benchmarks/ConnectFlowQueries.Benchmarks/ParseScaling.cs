using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;

namespace ConnectFlowQueries.Benchmarks
{
    /// <summary>
    /// <c>--parse-scaling [max-bytes]</c>: what <c>FlowQuery.Parse</c> costs for inputs of 1 KB to 10 MB (by default) of
    /// each shape an admin tool may be handed, valid and hostile: wall time, bytes allocated and diagnostics, on a
    /// thread with a 1 MB stack (the smallest a .NET thread gets by default), so a cost that grows faster than the
    /// input, or deep recursion, shows. One run per size after a warm-up on the smallest; times are single samples.
    /// </summary>
    internal static class ParseScaling
    {
        private static readonly (string Name, Func<int, string> Make)[] Shapes =
        {
            ("valid conditions", n => Repeat("name ^= 'billing' and status = PUBLISHED and ", n, "type = CAMPAIGN")),
            ("tag conditions (CFQ007)", n => Repeat(i => $"tag:k{i} = 'v' and ", n, "tag:last = 'v'")),
            ("or of tags and types", n => Repeat(i => $"tag:k{i} = 'v' or type = CAMPAIGN or ", n, "tag:last = 'v'")),
            ("negations (CFQ005)", n => Repeat("name != 'x' and ", n, "name = 'y'")),
            ("unknown fields (CFQ002)", n => Repeat("nmae = 'x' and ", n, "name = 'y'")),
            ("NUL characters", n => new string('\0', n)),
            ("lone surrogates", n => new string('\uD800', n)),
            ("random printable garbage", n => Garbage(n)),
            ("parentheses 10,000 deep, repeated", n => Repeat(new string('(', 10_000) + "name = 'a'" + new string(')', 10_000) + " and ", n, "name = 'b'")),
        };

        public static int Run(int maxBytes)
        {
            int[] sizes = new[] { 1 << 10, 10 << 10, 100 << 10, 1 << 20, 10 << 20 }.Where(s => s <= maxBytes).ToArray();
            Console.WriteLine($"FlowQuery.Parse on a 1 MB stack, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            Console.WriteLine($"{"shape",-36} {"size",8} {"ms",10} {"allocated",14} {"diagnostics",12}");
            foreach ((string name, Func<int, string> make) in Shapes)
            {
                Measure(make(sizes[0])); // warm-up: JIT and the first allocations
                foreach (int size in sizes)
                {
                    string text = make(size);
                    (double ms, long bytes, int diagnostics) = Measure(text);
                    Console.WriteLine($"{name,-36} {Size(text.Length),8} {ms,10:F1} {bytes,14:N0} {diagnostics,12:N0}");
                }
            }

            return 0;
        }

        private static (double Milliseconds, long Bytes, int Diagnostics) Measure(string text)
        {
            (double, long, int) result = default;
            var thread = new Thread(() =>
            {
                GC.Collect();
                long before = GC.GetAllocatedBytesForCurrentThread();
                Stopwatch clock = Stopwatch.StartNew();
                FlowQueryParseResult parsed = FlowQuery.Parse(text, FlowQueryTarget.Flows);
                double ms = clock.Elapsed.TotalMilliseconds;
                result = (ms, GC.GetAllocatedBytesForCurrentThread() - before, parsed.Diagnostics.Count);
            }, maxStackSize: 1 << 20);
            thread.Start();
            thread.Join();
            return result;
        }

        private static string Repeat(string unit, int length, string end) => Repeat(_ => unit, length, end);

        /// <summary>Units until the text is <paramref name="length"/> characters or just over, then <paramref name="end"/>.</summary>
        private static string Repeat(Func<int, string> unit, int length, string end)
        {
            var sb = new StringBuilder(length + 64);
            for (int i = 0; sb.Length < length; i++)
            {
                sb.Append(unit(i));
            }

            return sb.Append(end).ToString();
        }

        private static string Garbage(int length)
        {
            var random = new Random(20261207);
            var chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = (char)random.Next(0x20, 0x7F);
            }

            return new string(chars);
        }

        private static string Size(int characters) =>
            characters >= 1 << 20 ? (characters / (double)(1 << 20)).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
            : (characters / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB";
    }
}
