using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ConnectFlowQueries.Generator.RequestAnalyzers
{
    /// <summary>The items a list property is given where the code shows them (ListContactFlowsRequest.ContactFlowTypes).</summary>
    internal readonly struct ListContent
    {
        private ListContent(IReadOnlyList<IOperation> items, bool isComplete)
        {
            Items = items;
            IsComplete = isComplete;
        }

        public IReadOnlyList<IOperation> Items { get; }

        /// <summary>False when the list also takes items the code does not show (a constructor argument, a spread).</summary>
        public bool IsComplete { get; }

        /// <summary>The items of <c>new List&lt;string&gt; { ... }</c>, <c>{ ... }</c> or <c>[ ... ]</c>; null for anything else.</summary>
        public static ListContent? Of(IOperation value)
        {
            value = ConstantOperations.WithoutBuiltInConversions(value);
            if (value is IObjectCreationOperation creation)
            {
                bool fromNothing = creation.Arguments.All(a => a.Value.Type?.SpecialType == SpecialType.System_Int32); // () or (capacity)
                return creation.Initializer is IObjectOrCollectionInitializerOperation initializer ? AddedItems(initializer, fromNothing) : null;
            }

            if (value is IObjectOrCollectionInitializerOperation collection)
            {
                return AddedItems(collection, isComplete: false); // adds to whatever the property holds
            }

            // Collection expressions have no IOperation of their own before Roslyn 4.9: read the elements from syntax.
            if (value.Syntax is CollectionExpressionSyntax expression && value.SemanticModel is { } model)
            {
                var items = new List<IOperation>();
                foreach (CollectionElementSyntax element in expression.Elements)
                {
                    if (element is ExpressionElementSyntax { Expression: { } e } && model.GetOperation(e) is { } item)
                    {
                        items.Add(item);
                    }
                }

                return new ListContent(items, items.Count == expression.Elements.Count);
            }

            return null;
        }

        private static ListContent? AddedItems(IObjectOrCollectionInitializerOperation initializer, bool isComplete)
        {
            var items = new List<IOperation>();
            foreach (IOperation element in initializer.Initializers)
            {
                if (element is IInvocationOperation { Arguments.Length: 1 } add)
                {
                    items.Add(add.Arguments[0].Value);
                }
                else
                {
                    isComplete = false;
                }
            }

            return new ListContent(items, isComplete);
        }
    }
}
