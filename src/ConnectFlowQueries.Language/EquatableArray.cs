using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace ConnectFlowQueries.Language
{
    /// <summary>
    /// An immutable array with value equality, so models that hold lists stay comparable
    /// (the incremental generator caches on model equality). Backed by a plain array that never escapes, so the
    /// run-time library compiles this file without a System.Collections.Immutable dependency.
    /// </summary>
    internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        public static readonly EquatableArray<T> Empty = new EquatableArray<T>(Array.Empty<T>());

        private readonly T[]? _items;

        /// <summary>Takes <paramref name="items"/> as it is: callers hand over a fresh array that nothing else holds (as <see cref="EquatableArray.ToEquatableArray{T}"/> does).</summary>
        internal EquatableArray(T[] items) => _items = items;

        private T[] Items => _items ?? Array.Empty<T>();

        public int Count => Items.Length;
        public T this[int index] => Items[index];

        public bool Equals(EquatableArray<T> other)
        {
            T[] mine = Items, theirs = other.Items;
            if (mine.Length != theirs.Length)
            {
                return false;
            }

            for (int i = 0; i < mine.Length; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(mine[i], theirs[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            int hash = 17;
            foreach (T item in Items)
            {
                hash = unchecked((hash * 31) + (item is null ? 0 : item.GetHashCode()));
            }

            return hash;
        }

        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);
        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

        public Enumerator GetEnumerator() => new Enumerator(Items);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();

        /// <summary>Allocation-free foreach, as ImmutableArray's enumerator was.</summary>
        public struct Enumerator
        {
            private readonly T[] _items;
            private int _index;

            internal Enumerator(T[] items)
            {
                _items = items;
                _index = -1;
            }

            public T Current => _items[_index];

            public bool MoveNext() => ++_index < _items.Length;
        }
    }

    internal static class EquatableArray
    {
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
            where T : IEquatable<T> => new EquatableArray<T>(items.ToArray());
    }
}
