using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace ConnectFlowQueries.Tests.EndToEnd.LanguageServer
{
    /// <summary>
    /// A language-server client as small as a test needs: JSON-RPC over the server's stdin and stdout with
    /// Content-Length framing. It answers the server's requests (<c>workspace/configuration</c> with the given settings,
    /// anything else with null), keeps every notification for <see cref="WaitForNotificationAsync"/>, and owns the process:
    /// disposing it asks the server to shut down and kills it in any case.
    /// </summary>
    internal sealed class LspClient : IDisposable
    {
        private readonly Process _process;
        private readonly Stream _input;
        private readonly JsonObject _configuration;
        private readonly StringBuilder _errorOutput = new();
        private readonly Dictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
        private readonly List<JsonObject> _notifications = new();
        private readonly SemaphoreSlim _writeLock = new(1, 1);
        private readonly Task _reader;
        private int _nextId;

        public LspClient(ProcessStartInfo server, JsonObject configuration)
        {
            server.RedirectStandardInput = true;
            server.RedirectStandardOutput = true;
            server.RedirectStandardError = true;
            _configuration = configuration;
            _process = Process.Start(server) ?? throw new InvalidOperationException("the language server did not start");
            _input = _process.StandardInput.BaseStream;
            _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (_errorOutput) { _errorOutput.AppendLine(e.Data); } } };
            _process.BeginErrorReadLine();
            _reader = Task.Run(() => ReadAsync(_process.StandardOutput.BaseStream));
        }

        /// <summary>What the server wrote to stderr, for failure messages.</summary>
        public string ErrorOutput
        {
            get
            {
                lock (_errorOutput)
                {
                    return _errorOutput.ToString();
                }
            }
        }

        public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
        {
            var response = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
            int id;
            lock (_pending)
            {
                id = ++_nextId;
                _pending.Add(id, response);
            }

            await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
            Task finished = await Task.WhenAny(response.Task, Task.Delay(timeout));
            if (finished != response.Task)
            {
                throw new TimeoutException($"{method}: no answer in {timeout.TotalSeconds} s; server stderr:\n{ErrorOutput}");
            }

            return await response.Task;
        }

        public Task NotifyAsync(string method, JsonNode? parameters) =>
            SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

        /// <summary>How many notifications have arrived so far: a later wait can skip them.</summary>
        public int NotificationCount
        {
            get
            {
                lock (_notifications)
                {
                    return _notifications.Count;
                }
            }
        }

        /// <summary>The first notification of <paramref name="method"/> after the first <paramref name="skip"/> whose params match <paramref name="match"/>.</summary>
        public async Task<JsonObject> WaitForNotificationAsync(string method, Func<JsonObject, bool> match, TimeSpan timeout, int skip = 0)
        {
            Stopwatch clock = Stopwatch.StartNew();
            int seen = skip;
            while (clock.Elapsed < timeout)
            {
                lock (_notifications)
                {
                    for (; seen < _notifications.Count; seen++)
                    {
                        JsonObject notification = _notifications[seen];
                        if ((string?)notification["method"] == method && notification["params"] is JsonObject parameters && match(parameters))
                        {
                            return parameters;
                        }
                    }
                }

                if (_reader.IsCompleted)
                {
                    throw new InvalidOperationException($"the language server stopped; stderr:\n{ErrorOutput}");
                }

                await Task.Delay(100);
            }

            throw new TimeoutException($"no matching {method} in {timeout.TotalSeconds} s; server stderr:\n{ErrorOutput}");
        }

        public void Dispose()
        {
            try
            {
                if (!_process.HasExited)
                {
                    RequestAsync("shutdown", null, TimeSpan.FromSeconds(5)).Wait(TimeSpan.FromSeconds(6));
                    NotifyAsync("exit", null).Wait(TimeSpan.FromSeconds(1));
                    _process.WaitForExit(2000);
                }
            }
            catch (Exception e) when (e is TimeoutException or IOException or AggregateException or InvalidOperationException)
            {
                // killed below either way
            }
            finally
            {
                if (!_process.HasExited)
                {
                    _process.Kill(entireProcessTree: true);
                }

                _process.Dispose();
            }
        }

        private async Task SendAsync(JsonObject message)
        {
            byte[] body = Encoding.UTF8.GetBytes(message.ToJsonString());
            byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
            await _writeLock.WaitAsync();
            try
            {
                await _input.WriteAsync(header);
                await _input.WriteAsync(body);
                await _input.FlushAsync();
            }
            finally
            {
                _writeLock.Release();
            }
        }

        private async Task ReadAsync(Stream output)
        {
            while (await ReadMessageAsync(output) is JsonObject message)
            {
                if (message["method"] is not null && message["id"] is JsonNode requestId)
                {
                    // A request from the server: settings for workspace/configuration, nothing for the rest.
                    JsonNode? result = (string?)message["method"] == "workspace/configuration" ? ConfigurationFor(message["params"]?["items"] as JsonArray) : null;
                    await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = requestId.DeepClone(), ["result"] = result });
                }
                else if (message["method"] is not null)
                {
                    lock (_notifications)
                    {
                        _notifications.Add(message);
                    }
                }
                else if (message["id"]?.GetValue<int>() is int id)
                {
                    TaskCompletionSource<JsonNode?>? response;
                    lock (_pending)
                    {
                        _pending.Remove(id, out response);
                    }

                    response?.TrySetResult(message["result"]?.DeepClone());
                }
            }
        }

        private JsonArray ConfigurationFor(JsonArray? items)
        {
            var result = new JsonArray();
            for (int i = 0; i < (items?.Count ?? 0); i++)
            {
                result.Add(_configuration.DeepClone());
            }

            return result;
        }

        /// <summary>One framed message, or null at the end of the stream.</summary>
        private static async Task<JsonObject?> ReadMessageAsync(Stream output)
        {
            int length = -1;
            while (await ReadLineAsync(output) is string line)
            {
                if (line.Length == 0)
                {
                    if (length < 0)
                    {
                        continue;
                    }

                    byte[] body = new byte[length];
                    await output.ReadExactlyAsync(body);
                    return JsonNode.Parse(body)?.AsObject();
                }

                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(line.AsSpan("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            return null;
        }

        private static async Task<string?> ReadLineAsync(Stream output)
        {
            var line = new StringBuilder();
            byte[] one = new byte[1];
            while (await output.ReadAsync(one) == 1)
            {
                if (one[0] == '\n')
                {
                    return line.ToString().TrimEnd('\r');
                }

                line.Append((char)one[0]);
            }

            return null;
        }
    }
}
