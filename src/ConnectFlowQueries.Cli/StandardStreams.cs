using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace ConnectFlowQueries.Cli
{
    /// <summary>stdin read as UTF-8 bytes, and stdout and stderr as writers that fail once their reader is gone.</summary>
    internal static class StandardStreams
    {
        private const int StandardOutputDescriptor = 1;
        private const int StandardErrorDescriptor = 2;

        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
        private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

        public static TextWriter OpenOutput() => OpenWriter(StandardOutputDescriptor, Console.IsOutputRedirected, Console.Out);

        public static TextWriter OpenError() => OpenWriter(StandardErrorDescriptor, Console.IsErrorRedirected, Console.Error);

        /// <summary>
        /// Reads <paramref name="input"/> to its end as UTF-8, skipping a leading byte-order mark (Windows editors write
        /// one). Bytes that are not UTF-8 are an error naming the offset of the first, counted from 0 in the input as
        /// given, rather than characters silently replaced by U+FFFD.
        /// </summary>
        public static bool TryReadText(Stream input, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? error)
        {
            text = null;
            byte[] bytes;
            try
            {
                using var buffer = new MemoryStream();
                input.CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            catch (IOException e)
            {
                // Caught here so that every IOException leaving Program.Run is a failed write.
                error = $"cannot read stdin: {e.Message}";
                return false;
            }

            int skipped = bytes.AsSpan().StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
            try
            {
                text = StrictUtf8.GetString(bytes, skipped, bytes.Length - skipped);
                error = null;
                return true;
            }
            catch (DecoderFallbackException e)
            {
                int offset = skipped + e.Index;
                error = $"stdin is not valid UTF-8: byte 0x{bytes[offset]:X2} at offset {offset} does not start a valid character; save the query as UTF-8";
                return false;
            }
        }

        /// <summary>
        /// A UTF-8 writer straight on the pipe when the stream is one: Console's own streams ignore a closed pipe
        /// (EPIPE) and so would go on formatting output nobody reads, where this one throws an IOException. A terminal
        /// stays Console's (it knows the terminal's encoding), and so does a file: it cannot be closed by a reader, and
        /// a FileStream would write at a position of its own over what other commands add to the same file. Console is
        /// also kept on Windows, whose standard handles are not these descriptors.
        /// </summary>
        private static TextWriter OpenWriter(int descriptor, bool redirected, TextWriter console)
        {
            if (!redirected || OperatingSystem.IsWindows())
            {
                return console;
            }

            FileStream stream;
            try
            {
                stream = new FileStream(new SafeFileHandle(descriptor, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
            {
                return console;
            }

            if (stream.CanSeek)
            {
                stream.Dispose();
                return console;
            }

            // Flushed at each write, as Console's writers are, so stdout and stderr keep their order in one pipe.
            return new StreamWriter(stream, Utf8) { AutoFlush = true };
        }
    }
}
