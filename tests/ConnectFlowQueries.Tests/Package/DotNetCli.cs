using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace ConnectFlowQueries.Tests.Package
{
    /// <summary>Runs the dotnet CLI as a user would, with NuGet caches isolated in a temporary folder.</summary>
    internal sealed class DotNetCli
    {
        private readonly Dictionary<string, string> _environment;

        public DotNetCli(string packagesFolder)
        {
            _environment = new Dictionary<string, string>
            {
                ["NUGET_PACKAGES"] = packagesFolder,
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                ["DOTNET_NOLOGO"] = "1",
                ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            };
        }

        public (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments)
        {
            var output = new StringBuilder();
            using var process = new Process { StartInfo = StartInfo(workingDirectory, arguments) };
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit((int)TimeSpan.FromMinutes(5).TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"dotnet {string.Join(" ", arguments)} did not finish in 5 minutes:\n{output}");
            }

            process.WaitForExit();
            return (process.ExitCode, output.ToString());
        }

        /// <summary><c>dotnet</c> with <paramref name="arguments"/>, its output redirected, in this CLI's environment.</summary>
        public ProcessStartInfo StartInfo(string workingDirectory, params string[] arguments)
        {
            var info = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            foreach (KeyValuePair<string, string> variable in _environment)
            {
                info.Environment[variable.Key] = variable.Value;
            }

            // The test host's MSBuild variables would point the child build at the wrong SDK pieces.
            foreach (string name in new[] { "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildLoadMicrosoftTargetsReadOnly", "VSTEST_HOST_DEBUG" })
            {
                info.Environment.Remove(name);
            }

            return info;
        }

        public static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "ConnectFlowQueries.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("ConnectFlowQueries.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
