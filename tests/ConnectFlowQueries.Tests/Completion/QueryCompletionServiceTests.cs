using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Xunit;

namespace ConnectFlowQueries.Tests.Completion
{
    /// <summary>
    /// Completion inside query strings as an editor gets it: Roslyn's completion service over a project that has the
    /// completion assembly as an analyzer reference. Each test asserts the items in the order shown, and the text after
    /// accepting one, at a position of the grammar and in each kind of string literal.
    /// </summary>
    public sealed class QueryCompletionServiceTests
    {
        private static readonly string[] FlowFields = { "name", "description", "type", "state", "status", "tag:", "(" };
        private static readonly string[] FlowTypes =
        {
            "AGENT_HOLD", "AGENT_TRANSFER", "AGENT_WHISPER", "CAMPAIGN", "CONTACT_FLOW", "CUSTOMER_HOLD", "CUSTOMER_QUEUE",
            "CUSTOMER_WHISPER", "OUTBOUND_WHISPER", "QUEUE_TRANSFER",
        };

        /// <summary>A [FlowQuery] (or <paramref name="attribute"/>) method whose query argument is <paramref name="literal"/>, written as C#.</summary>
        private static string Method(string literal, string parameters = "string instanceId", string attribute = "FlowQuery", string returns = "SearchContactFlowsRequest") =>
            $"public static partial class Queries\n{{\n    [{attribute}({literal})]\n    public static partial {returns} Search({parameters});\n}}\n";

        private static string ModuleMethod(string literal) => Method(literal, attribute: "FlowModuleQuery", returns: "SearchContactFlowModulesRequest");

        private static Task<string[]> ItemsAt(string source, ImmutableArray<MetadataReference>? references = null) =>
            CompletionWorkspace.Open(source, references).DisplayTextsAsync();

        [Fact]
        public async Task AConditionStartsWithAFieldTagOrParenthesis()
        {
            CompletionWorkspace workspace = CompletionWorkspace.Open(Method("\"$$\""));
            Assert.Equal(FlowFields, await workspace.DisplayTextsAsync());
            Assert.Equal(Method("\"status\""), await workspace.AcceptAsync("status"));

            Assert.Equal(FlowFields, await ItemsAt(Method("\"name = 'a' and $$\"")));
            Assert.Equal(FlowFields, await ItemsAt(Method("\"(name = 'a' or ($$\"")));
            Assert.Equal(FlowFields, await ItemsAt(Method("\"not $$\"")));
        }

        [Fact]
        public async Task ModulesOfferTheFieldsTheirSdkHas()
        {
            Assert.Equal(new[] { "name", "description", "state", "status", "tag:", "(" }, await ItemsAt(ModuleMethod("\"$$\"")));

            // An SDK from before module state and status: neither is offered, as neither would bind.
            Assert.Equal(new[] { "name", "description", "tag:", "(" }, await ItemsAt(ModuleMethod("\"$$\""), SdkVariants.OlderSdkReferences));
        }

        [Theory]
        [InlineData("name $$", "=,^=,*=")]
        [InlineData("description $$", "=,^=,*=")]
        [InlineData("status $$", "=")]
        [InlineData("type $$", "=")]
        [InlineData("tag:Team $$", "=")]
        [InlineData("tag['cost center'] $$", "=")]
        [InlineData("nmae $$", "")] // an unknown field takes no operator
        public async Task AFieldIsFollowedByTheOperatorsItSupports(string query, string operators)
        {
            Assert.Equal(operators.Split(',', System.StringSplitOptions.RemoveEmptyEntries), await ItemsAt(Method($"\"{query}\"")));
        }

        [Fact]
        public async Task EnumValuesAreTheReferencedSdksOwn()
        {
            CompletionWorkspace status = CompletionWorkspace.Open(Method("\"status = $$\""));
            Assert.Equal(new[] { "PUBLISHED", "SAVED" }, await status.DisplayTextsAsync());
            Assert.Equal(Method("\"status = SAVED\""), await status.AcceptAsync("SAVED"));

            Assert.Equal(new[] { "ACTIVE", "ARCHIVED" }, await ItemsAt(Method("\"state = $$\"")));
            Assert.Equal(FlowTypes, await ItemsAt(Method("\"type = $$\"")));
            Assert.Equal(FlowTypes.Where(t => t != "CAMPAIGN"), await ItemsAt(Method("\"type = $$\""), SdkVariants.OlderSdkReferences));
            Assert.Equal(new[] { "ACTIVE", "ARCHIVED" }, await ItemsAt(ModuleMethod("\"state = $$\"")));

            // Only after '=', the one operator an enum field takes.
            Assert.Empty(await ItemsAt(Method("\"status ^= $$\"")));
        }

        [Theory]
        [InlineData("name = 'a' $$", "and,or")]
        [InlineData("status = PUBLISHED $$", "and,or")]
        [InlineData("tag:Team = {team} $$", "and,or")]
        [InlineData("(name = 'a' $$", "and,or,)")]
        [InlineData("((name = 'a') $$", "and,or,)")]
        [InlineData("(name = 'a') $$", "and,or")]
        public async Task ACompleteConditionIsFollowedByAndOrAndAClosingParenthesis(string query, string items)
        {
            Assert.Equal(items.Split(','), await ItemsAt(Method($"\"{query}\"", "string instanceId, string team")));
        }

        [Fact]
        public async Task APlaceholderOffersTheParametersOfAFittingType()
        {
            const string parameters = "string instanceId, string text, ContactFlowStatus status, ContactFlowState state, IAmazonConnect client, CancellationToken cancellationToken, int count";
            const string returns = "System.Threading.Tasks.Task<SearchContactFlowsResponse>";
            Assert.Equal(new[] { "instanceId", "text" }, await ItemsAt(Method("\"name ^= {$$\"", parameters, returns: returns)));
            Assert.Equal(new[] { "instanceId", "text", "status" }, await ItemsAt(Method("\"status = {$$\"", parameters, returns: returns)));
            Assert.Equal(new[] { "instanceId", "text", "state" }, await ItemsAt(Method("\"state = {$$}\"", parameters, returns: returns)));
            Assert.Equal(new[] { "instanceId", "text" }, await ItemsAt(Method("\"tag:Team = {$$\"", parameters, returns: returns)));

            // The name between the braces is the word: accepting never doubles a brace, with or without the closing one.
            CompletionWorkspace closed = CompletionWorkspace.Open(Method("\"name ^= {te$$}\"", "string instanceId, string text"));
            Assert.Equal(new[] { "text" }, await closed.DisplayTextsAsync());
            Assert.Equal(Method("\"name ^= {text}\"", "string instanceId, string text"), await closed.AcceptAsync("text"));
            CompletionWorkspace open = CompletionWorkspace.Open(Method("\"name ^= {te$$ and state = ACTIVE\"", "string instanceId, string text"));
            Assert.Equal(Method("\"name ^= {text and state = ACTIVE\"", "string instanceId, string text"), await open.AcceptAsync("text"));
        }

        [Theory]
        [InlineData("na$$", "name", "name", "name")]
        [InlineData("st$$ = PUBLISHED", "state,status", "status", "status = PUBLISHED")]
        [InlineData("sta$$tus = PUBLISHED", "state,status", "state", "state = PUBLISHED")]
        [InlineData("STA$$", "state,status", "status", "status")]
        [InlineData("ta$$", "tag:", "tag:", "tag:")]
        [InlineData("status = pub$$", "PUBLISHED", "PUBLISHED", "status = PUBLISHED")]
        [InlineData("name = 'a' o$$", "or", "or", "name = 'a' or")]
        [InlineData("name = 'a' an$$ status = SAVED", "and", "and", "name = 'a' and status = SAVED")]
        public async Task APartialWordOffersWhatMatchesItAndAcceptingReplacesTheWord(string query, string items, string accept, string accepted)
        {
            CompletionWorkspace workspace = CompletionWorkspace.Open(Method($"\"{query}\""));
            Assert.Equal(items.Split(','), await workspace.DisplayTextsAsync());
            Assert.Equal(Method($"\"{accepted}\""), await workspace.AcceptAsync(accept));
        }

        [Fact]
        public async Task RegularStringsWithEscapesMapTheCaretAndTheWord()
        {
            // "\x41" is one character of the query; "\u006D" spells the 'm' of the word being completed.
            CompletionWorkspace afterEscape = CompletionWorkspace.Open(Method("\"name = '\\x41\\\"' an$$\""));
            Assert.Equal(new[] { "and" }, await afterEscape.DisplayTextsAsync());
            Assert.Equal(Method("\"name = '\\x41\\\"' and\""), await afterEscape.AcceptAsync("and"));

            CompletionWorkspace escapedWord = CompletionWorkspace.Open(Method("\"na\\u006D$$\""));
            Assert.Equal(new[] { "name" }, await escapedWord.DisplayTextsAsync());
            Assert.Equal(Method("\"name\""), await escapedWord.AcceptAsync("name"));

            // Between the backslash and the rest of an escape there is no query position.
            Assert.Empty(await ItemsAt(Method("\"status = PUBLISHED\\$$u0020\"")));
        }

        [Fact]
        public async Task VerbatimStringsMapDoubledQuotes()
        {
            CompletionWorkspace workspace = CompletionWorkspace.Open(Method("@\"description = 'say \"\"hi\"\"' o$$\""));
            Assert.Equal(new[] { "or" }, await workspace.DisplayTextsAsync());
            Assert.Equal(Method("@\"description = 'say \"\"hi\"\"' or\""), await workspace.AcceptAsync("or"));
        }

        [Fact]
        public async Task RawStringsMapLinesAndIndentation()
        {
            CompletionWorkspace singleLine = CompletionWorkspace.Open(Method("\"\"\"status = $$\"\"\""));
            Assert.Equal(new[] { "PUBLISHED", "SAVED" }, await singleLine.DisplayTextsAsync());
            Assert.Equal(Method("\"\"\"status = PUBLISHED\"\"\""), await singleLine.AcceptAsync("PUBLISHED"));

            const string open = "\"\"\"\n        name ^= 'billing'\n        and ";
            const string close = "\n        \"\"\"";
            CompletionWorkspace inner = CompletionWorkspace.Open(Method(open + "sta$$ = ACTIVE" + close));
            Assert.Equal(new[] { "state", "status" }, await inner.DisplayTextsAsync());
            Assert.Equal(Method(open + "status = ACTIVE" + close), await inner.AcceptAsync("status"));

            // The end of the last line is the end of the query: the replaced word stops there, before the line break.
            CompletionWorkspace lastLine = CompletionWorkspace.Open(Method(open + "status = S$$" + close));
            Assert.Equal(new[] { "SAVED" }, await lastLine.DisplayTextsAsync());
            Assert.Equal(Method(open + "status = SAVED" + close), await lastLine.AcceptAsync("SAVED"));

            // The indentation the raw string strips is not part of the query.
            Assert.Empty(await ItemsAt(Method("\"\"\"\n    $$    name = 'a'\n        \"\"\"")));
        }

        [Fact]
        public async Task ParseAtRunTimeCompletesAgainstTheDocumentedValuesWithoutParameters()
        {
            static string Parse(string arguments) => $"public static class Run\n{{\n    public static object Q(FlowQueryTarget target) => {arguments};\n}}\n";

            CompletionWorkspace modules = CompletionWorkspace.Open(Parse("FlowQuery.Parse(\"st$$\", FlowQueryTarget.Modules)"));
            Assert.Equal(new[] { "state", "status" }, await modules.DisplayTextsAsync());
            Assert.Equal(Parse("FlowQuery.Parse(\"status\", FlowQueryTarget.Modules)"), await modules.AcceptAsync("status"));

            // FlowQuery.Parse checks against the values the library documents (CAMPAIGN included), whatever SDK the project has.
            Assert.Equal(new[] { "CAMPAIGN", "CONTACT_FLOW", "CUSTOMER_HOLD", "CUSTOMER_QUEUE", "CUSTOMER_WHISPER" },
                await ItemsAt(Parse("FlowQuery.Parse(\"type = C$$\", FlowQueryTarget.Flows)"), SdkVariants.OlderSdkReferences));
            Assert.Equal(new[] { "name" }, await ItemsAt(Parse("FlowQuery.TryParse(target: FlowQueryTarget.Flows, text: \"na$$\", query: out var q, diagnostics: out var d)")));

            // No parameters at run time; no target known unless it is a constant; not the target's argument.
            Assert.Empty(await ItemsAt(Parse("FlowQuery.Parse(\"name = {$$\", FlowQueryTarget.Flows)")));
            Assert.Empty(await ItemsAt(Parse("FlowQuery.Parse(\"na$$\", target)")));
        }

        [Theory]
        [InlineData("public static class C\n{\n    public const string S = \"na$$\";\n}\n")]
        [InlineData("public static class C\n{\n    [System.Obsolete(\"na$$\")]\n    public static void M() { }\n}\n")]
        [InlineData("public static partial class Queries\n{\n    [FlowQuery(\"name = 'a'\", MaxResults = 5$$0)]\n    public static partial SearchContactFlowsRequest Search(string instanceId);\n}\n")]
        [InlineData("public static partial class Queries\n{\n    [FlowQuery($$\"name = 'a'\")]\n    public static partial SearchContactFlowsRequest Search(string instanceId);\n}\n")]
        [InlineData("public static partial class Queries\n{\n    [FlowQuery(\"name = 'a'\"$$)]\n    public static partial SearchContactFlowsRequest Search(string instanceId);\n}\n")]
        [InlineData("public static class C\n{\n    public static object M() => string.Concat(\"na$$\", \"b\");\n}\n")]
        public async Task NothingIsOfferedOutsideQueryStrings(string source)
        {
            string[] items = await ItemsAt(source);
            Assert.DoesNotContain("name", items);
            Assert.DoesNotContain("tag:", items);
        }

        [Theory]
        [InlineData("name = 'bi$$lling'")]
        [InlineData("name = 'unterminated $$")]
        [InlineData("name ^$$= 'a'")]
        [InlineData("tag:$$")]
        [InlineData("name = $$")]
        [InlineData("name 'a' $$")]
        public async Task InsideAQueryStringOnlyQueryItemsAreShownAndSometimesNone(string query)
        {
            // Exclusive inside a query string: no C# keyword or symbol is offered where nothing of the query fits.
            Assert.Empty(await ItemsAt(Method($"\"{query}\"")));
        }

        [Theory]
        [InlineData("public static partial class Queries\n{\n    [FlowQuery(\"na$$", "")] // unterminated: the value the compiler reads cannot be mapped
        [InlineData("public static partial class Queries\n{\n    [FlowQuery(\"na$$\")]\n    public static partial SearchContactFlowsRequest Search(string instanceId", "name")]
        [InlineData("public static partial class Queries\n{\n    [FlowQuery(\"name = {$$\")]\n    public static partial SearchContactFlowsRequest Search(string instanceId, UnknownType x);\n}\n", "instanceId")]
        [InlineData("public static partial class Queries\n{\n    [FlowQuery(\"status = {$$\")]\n    public static partial SearchContactFlowsRequest Search(string instanceId, string text\n}\n", "")] // a declaration with syntax errors has no parameters yet
        public async Task HalfTypedCodeGetsWhatCanBeRead(string source, string items)
        {
            Assert.Equal(items.Split(',', System.StringSplitOptions.RemoveEmptyEntries), await ItemsAt(source));
        }
    }
}
