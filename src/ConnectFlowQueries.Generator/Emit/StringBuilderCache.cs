using System;
using System.Text;

namespace ConnectFlowQueries.Generator
{
    /// <summary>
    /// One reusable builder per thread for the strings the generator makes once per method (the emitted file, the
    /// model's spellings): thousands of methods per build, so the builder is not allocated again for each.
    /// </summary>
    internal static class StringBuilderCache
    {
        /// <summary>Builders larger than this (a megabyte-long query's file) are not kept for the next use.</summary>
        private const int MaxCachedCapacity = 64 * 1024;

        [ThreadStatic]
        private static StringBuilder? t_cached;

        /// <summary>An empty builder: the cached one if free, else a new one (a nested use gets a builder of its own).</summary>
        public static StringBuilder Acquire(int capacity = 128)
        {
            StringBuilder? sb = t_cached;
            if (sb is null)
            {
                return new StringBuilder(capacity);
            }

            t_cached = null;
            return sb;
        }

        /// <summary>Hands <paramref name="sb"/> back for the next use; call once its text is taken (or abandoned).</summary>
        public static void Release(StringBuilder sb)
        {
            if (sb.Capacity <= MaxCachedCapacity)
            {
                sb.Clear();
                t_cached = sb;
            }
        }

        public static string GetStringAndRelease(StringBuilder sb)
        {
            string text = sb.ToString();
            Release(sb);
            return text;
        }
    }
}
