using System;

namespace ConnectFlowQueries.Language
{
    /// <summary>A range of characters in the query text (not in the C# source).</summary>
    internal readonly struct QuerySpan : IEquatable<QuerySpan>
    {
        public QuerySpan(int start, int length)
        {
            Start = start;
            Length = length;
        }

        public int Start { get; }
        public int Length { get; }
        public int End => Start + Length;

        public static QuerySpan FromBounds(int start, int end) => new QuerySpan(start, end - start);

        public QuerySpan Union(QuerySpan other)
        {
            int start = Math.Min(Start, other.Start);
            return FromBounds(start, Math.Max(End, other.End));
        }

        public bool Equals(QuerySpan other) => Start == other.Start && Length == other.Length;
        public override bool Equals(object? obj) => obj is QuerySpan other && Equals(other);
        public override int GetHashCode() => (Start * 397) ^ Length;
        public override string ToString() => $"[{Start}..{End})";
    }
}
