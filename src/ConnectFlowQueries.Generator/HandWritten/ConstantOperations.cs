using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConnectFlowQueries.Generator.HandWritten
{
    /// <summary>
    /// What the compiler knows to be constant: literals, const fields, concatenations of constants, verbatim and raw
    /// strings, constant interpolations. Built-in conversions (int to int?) are looked through; user-defined ones
    /// (string to a ConstantClass) are not, since they run code.
    /// </summary>
    internal static class ConstantOperations
    {
        public static IOperation WithoutBuiltInConversions(IOperation operation)
        {
            while (operation is IConversionOperation { OperatorMethod: null } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        public static string? String(IOperation? operation) =>
            operation is not null && WithoutBuiltInConversions(operation).ConstantValue is { HasValue: true, Value: string text } ? text : null;

        public static int? Int(IOperation? operation) =>
            operation is not null && WithoutBuiltInConversions(operation).ConstantValue is { HasValue: true, Value: int value } ? value : null;
    }
}
