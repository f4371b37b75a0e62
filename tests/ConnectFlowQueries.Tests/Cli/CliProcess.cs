using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace ConnectFlowQueries.Tests.Cli
{
    /// <summary>
    /// Runs the built flowquery.dll (copied next to the test assembly) with dotnet, as a shell would: arguments, bytes
    /// on stdin, and stdout and stderr read as UTF-8.
    /// </summary>
    internal static class CliProcess
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

        public static CliRun Run(params string[] args) => Run(args, Array.Empty<byte>());

        public static CliRun Run(string[] args, string stdin) => Run(args, new UTF8Encoding(false).GetBytes(stdin));

        public static CliRun Run(string[] args, byte[] stdin)
        {
            Stopwatch clock = Stopwatch.StartNew();
            using Process process = Start(args);
            Task input = WriteInput(process, stdin);
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            WaitForExit(process);
            TimeSpan elapsed = clock.Elapsed;
            input.Wait();
            return new CliRun(process.ExitCode, Normalize(stdout), Normalize(stderr.Result), elapsed);
        }

        /// <summary>
        /// Runs flowquery and, as <c>| head -c 10</c> does, reads the first bytes of stdout (or of stderr) and closes it.
        /// Returns the exit code, how long the process took, and everything it wrote to the other stream.
        /// </summary>
        public static (int ExitCode, TimeSpan Elapsed, string OtherStream) RunClosingEarly(string[] args, byte[] stdin, bool closeStdout, int bytesRead)
        {
            Stopwatch clock = Stopwatch.StartNew();
            using Process process = Start(args);
            Task input = WriteInput(process, stdin);
            StreamReader closed = closeStdout ? process.StandardOutput : process.StandardError;
            Task<string> other = (closeStdout ? process.StandardError : process.StandardOutput).ReadToEndAsync();
            var head = new byte[bytesRead];
            closed.BaseStream.ReadExactly(head);
            closed.Close();
            WaitForExit(process);
            TimeSpan elapsed = clock.Elapsed;
            input.Wait();
            return (process.ExitCode, elapsed, Normalize(other.Result));
        }

        private static Process Start(string[] args)
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "flowquery.dll"));
            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            return Process.Start(start)!;
        }

        /// <summary>Writes stdin beside the reads, so neither side waits on a full pipe; a process that exits unread is fine.</summary>
        private static Task WriteInput(Process process, byte[] stdin) => Task.Run(() =>
        {
            try
            {
                process.StandardInput.BaseStream.Write(stdin);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // flowquery exited without reading stdin (help, usage errors)
            }
        });

        private static void WaitForExit(Process process)
        {
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"flowquery did not exit within {Timeout}");
            }

            process.WaitForExit(); // the redirected streams' end
        }

        private static string Normalize(string output) => output.Replace("\r\n", "\n");
    }

    /// <summary>What one run of flowquery did.</summary>
    internal sealed record CliRun(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed);
}
