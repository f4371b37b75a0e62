using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using ConnectFlowQueries.Language;

namespace ConnectFlowQueries.Generator.RequestAnalyzers
{
    /// <summary>What a member's text must look like besides its length.</summary>
    internal enum ValueForm
    {
        None,

        /// <summary>A flow or module id that may end in <c>:$SAVED</c>.</summary>
        IdOrSaved,

        /// <summary>A flow id that may end in <c>:$SAVED</c> or <c>:{version}</c> (DescribeContactFlow only).</summary>
        IdOrSavedOrVersion,

        /// <summary><c>^([$0-9a-zA-Z][_-]?)+$</c> (shape ContactFlowModuleAlias).</summary>
        AliasName,

        /// <summary>An instance id (a lower-case UUID) or instance ARN (shape InstanceIdOrArn).</summary>
        InstanceIdOrArn,

        /// <summary><c>^[a-zA-Z0-9]{64}$</c> (shapes FlowContentSha256, FlowModuleContentSha256).</summary>
        Sha256,
    }

    /// <summary>The documented limit of one request member: a length (strings) or a range (numbers), and a form.</summary>
    internal sealed class MemberRule
    {
        private MemberRule(string property, bool isLength, long min, long max, ValueForm form)
        {
            Property = property;
            IsLength = isLength;
            Min = min;
            Max = max;
            Form = form;
        }

        public string Property { get; }
        public bool IsLength { get; }
        public long Min { get; }

        /// <summary><see cref="long.MaxValue"/> when the model sets no maximum.</summary>
        public long Max { get; }

        public ValueForm Form { get; }

        public static MemberRule Length(string property, long min, long max, ValueForm form = ValueForm.None) => new MemberRule(property, true, min, max, form);

        public static MemberRule Number(string property, long min, long max = long.MaxValue) => new MemberRule(property, false, min, max, ValueForm.None);
    }

    /// <summary>One problem with a member's value: where (in the text, or the whole value) and the diagnostic.</summary>
    internal readonly struct MemberProblem
    {
        public MemberProblem(QueryDiagnostic diagnostic, bool isInText)
        {
            Diagnostic = diagnostic;
            IsInText = isInText;
        }

        public QueryDiagnostic Diagnostic { get; }

        /// <summary>True when <see cref="QueryDiagnostic.Span"/> names characters of the text; else the problem is the whole value.</summary>
        public bool IsInText { get; }
    }

    /// <summary>
    /// The limits the service model (botocore 1.43.67) sets on members of the flow, flow module, version and alias
    /// requests, each operation's own (CFQ026 for lengths and ranges, CFQ025 for <c>:$</c> aliases on ids, CFQ028 for
    /// patterns), and the checks on the values alone; the analyzer places each problem in the source.
    /// </summary>
    internal static class RequestMemberRules
    {
        private const string InstanceId = nameof(InstanceId);
        private const string MaxResults = nameof(MaxResults);
        private const string ContactFlowModuleId = nameof(ContactFlowModuleId);
        private const string AliasId = nameof(AliasId);
        private const string Description = nameof(Description);

        // The instance id shapes: InstanceId (1 to 100) on most operations, InstanceIdOrArn (1 to 250, a pattern) on the alias ones.
        private static readonly MemberRule Instance = MemberRule.Length(InstanceId, 1, ConnectLimits.MaxInstanceIdLength);
        private static readonly MemberRule InstanceOrArn = MemberRule.Length(InstanceId, 1, ConnectLimits.MaxInstanceIdOrArnLength, ValueForm.InstanceIdOrArn);
        private static readonly MemberRule SearchPage = MemberRule.Number(MaxResults, 1, ConnectLimits.MaxSearchResults);
        private static readonly MemberRule ListPage = MemberRule.Number(MaxResults, 1, ConnectLimits.MaxListResults);
        private static readonly MemberRule SearchToken = MemberRule.Length("NextToken", 1, ConnectLimits.MaxSearchNextTokenLength);
        private static readonly MemberRule ModuleId = MemberRule.Length(ContactFlowModuleId, 1, ConnectLimits.MaxModuleIdLength);
        private static readonly MemberRule Alias = MemberRule.Length(AliasId, 1, ConnectLimits.MaxResourceIdLength);
        private static readonly MemberRule ModuleDescription = MemberRule.Length(Description, 0, ConnectLimits.MaxModuleDescriptionLength);

        /// <summary>Request type names (namespace Amazon.Connect.Model) and their members' rules.</summary>
        public static readonly IReadOnlyList<KeyValuePair<string, MemberRule[]>> Requests = new[]
        {
            Request("SearchContactFlowsRequest", Instance, SearchPage, SearchToken),
            Request("SearchContactFlowModulesRequest", Instance, SearchPage, SearchToken),
            Request("ListContactFlowsRequest", Instance, ListPage),
            Request("ListContactFlowModulesRequest", Instance, ListPage),
            Request("DescribeContactFlowRequest", Instance, MemberRule.Length("ContactFlowId", 0, ConnectLimits.MaxFlowIdLength, ValueForm.IdOrSavedOrVersion)),
            Request("CreateContactFlowRequest", Instance),
            Request("UpdateContactFlowContentRequest", Instance, MemberRule.Length("ContactFlowId", 0, ConnectLimits.MaxFlowIdLength, ValueForm.IdOrSaved)),
            Request("DescribeContactFlowModuleRequest", Instance, MemberRule.Length(ContactFlowModuleId, 1, ConnectLimits.MaxModuleIdLength, ValueForm.IdOrSaved)),
            Request("CreateContactFlowModuleRequest", Instance),
            Request("UpdateContactFlowModuleContentRequest", Instance, MemberRule.Length(ContactFlowModuleId, 1, ConnectLimits.MaxModuleIdLength, ValueForm.IdOrSaved)),
            Request("CreateContactFlowVersionRequest", Instance, MemberRule.Number("ContactFlowVersion", ConnectLimits.MinVersion),
                MemberRule.Length("FlowContentSha256", 1, ConnectLimits.Sha256Length, ValueForm.Sha256)),
            Request("ListContactFlowVersionsRequest", Instance, ListPage),
            Request("DeleteContactFlowVersionRequest", Instance, MemberRule.Number("ContactFlowVersion", ConnectLimits.MinVersion)),
            Request("CreateContactFlowModuleVersionRequest", Instance, ModuleDescription,
                MemberRule.Length("FlowModuleContentSha256", 1, ConnectLimits.Sha256Length, ValueForm.Sha256)),
            Request("ListContactFlowModuleVersionsRequest", Instance, ListPage),
            Request("DeleteContactFlowModuleVersionRequest", Instance, MemberRule.Number("ContactFlowModuleVersion", ConnectLimits.MinVersion)),
            Request("CreateContactFlowModuleAliasRequest", InstanceOrArn, ModuleId, MemberRule.Number("ContactFlowModuleVersion", ConnectLimits.MinVersion),
                MemberRule.Length("AliasName", 1, ConnectLimits.MaxAliasNameLength, ValueForm.AliasName)),
            Request("DescribeContactFlowModuleAliasRequest", InstanceOrArn, ModuleId, Alias),
            Request("ListContactFlowModuleAliasesRequest", InstanceOrArn, ListPage),
            Request("UpdateContactFlowModuleAliasRequest", InstanceOrArn, ModuleId, Alias, MemberRule.Number("ContactFlowModuleVersion", ConnectLimits.MinVersion),
                MemberRule.Length("Name", 1, ConnectLimits.MaxModuleNameLength), ModuleDescription),

            // Its ContactFlowModuleId is a ResourceId (1 to 500), not a ContactFlowModuleId as on the other alias operations.
            Request("DeleteContactFlowModuleAliasRequest", InstanceOrArn, MemberRule.Length(ContactFlowModuleId, 1, ConnectLimits.MaxResourceIdLength), Alias),
        };

        private static readonly Regex InstanceIdOrArnPattern = new Regex(
            @"^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}\z",
            RegexOptions.CultureInvariant);

        /// <summary>The problems of a constant string assigned to <paramref name="rule"/>'s member of <paramref name="request"/>.</summary>
        public static List<MemberProblem> Check(MemberRule rule, string request, string text)
        {
            var problems = new List<MemberProblem>(1);
            if (text.Length < rule.Min || text.Length > rule.Max)
            {
                string actual = text.Length == 0 ? "is empty" : $"is {Int(text.Length)} characters long";
                problems.Add(OutOfRange(request, rule.Property, actual, Accepted(rule) + " characters", default, isInText: false));
                return problems; // a value of the wrong length is not judged further: one diagnostic per value
            }

            switch (rule.Form)
            {
                case ValueForm.IdOrSaved:
                case ValueForm.IdOrSavedOrVersion:
                    CheckQualifier(problems, rule, request, text);
                    break;
                case ValueForm.AliasName:
                    if (AliasNameProblem(text) is { } name)
                    {
                        problems.Add(NotInForm(request, rule.Property, name.What, null, "letters, digits and '$', each followed by at most one '_' or '-'", name.Span));
                    }

                    break;
                case ValueForm.InstanceIdOrArn:
                    if (!InstanceIdOrArnPattern.IsMatch(text))
                    {
                        string likely = text.Trim().ToLowerInvariant();
                        problems.Add(NotInForm(request, rule.Property, "is not an instance id or ARN", InstanceIdOrArnPattern.IsMatch(likely) ? likely : null,
                            "an instance id (a lower-case UUID) or an instance ARN that ends in one", new QuerySpan(0, text.Length)));
                    }

                    break;
                case ValueForm.Sha256:
                    if (Sha256Problem(text) is { } checksum)
                    {
                        problems.Add(NotInForm(request, rule.Property, checksum.What, null, $"{Int(ConnectLimits.Sha256Length)} letters or digits (the SHA-256 checksum of the content)", checksum.Span));
                    }

                    break;
            }

            return problems;
        }

        /// <summary>The problem of a constant number assigned to <paramref name="rule"/>'s member of <paramref name="request"/>, if any.</summary>
        public static MemberProblem? Check(MemberRule rule, string request, long value) =>
            value < rule.Min || value > rule.Max
                ? OutOfRange(request, rule.Property, "is " + value.ToString(CultureInfo.InvariantCulture), Accepted(rule), default, isInText: false)
                : (MemberProblem?)null;

        /// <summary>
        /// <c>&lt;id&gt;:$SAVED</c> names the saved content; any other <c>:$</c> alias is one the operation does not document.
        /// DescribeContactFlow also documents <c>&lt;id&gt;:&lt;version&gt;</c>, and versions start at 1.
        /// </summary>
        private static void CheckQualifier(List<MemberProblem> problems, MemberRule rule, string request, string id)
        {
            int colon = id.IndexOf(":$", StringComparison.Ordinal);
            if (colon >= 0)
            {
                string alias = id.Substring(colon + 1);
                if (alias != ConnectLimits.SavedAlias)
                {
                    string? suggestion = QueryBinder.Closest(alias, new[] { ConnectLimits.SavedAlias });
                    string what = rule.Property == ContactFlowModuleId ? "module id" : "flow id";
                    string forms = $"'<{what}>:{ConnectLimits.SavedAlias}' for the saved content" +
                        (rule.Form == ValueForm.IdOrSavedOrVersion ? $" and '<{what}>:<version>' for a version" : string.Empty);
                    var diagnostic = new QueryDiagnostic(DiagnosticCatalog.UnknownFlowAlias, new QuerySpan(colon + 1, alias.Length),
                        QueryLexer.Printable(alias), Operation(request), QueryBinder.DidYouMeanHint(suggestion), forms);
                    problems.Add(new MemberProblem(diagnostic.WithSuggestion(suggestion), isInText: true));
                }

                return;
            }

            if (rule.Form == ValueForm.IdOrSavedOrVersion && VersionQualifier(id) is QuerySpan version && IsZero(id, version))
            {
                problems.Add(OutOfRange(request, rule.Property, "names version " + id.Substring(version.Start, version.Length),
                    "version " + Int(ConnectLimits.MinVersion) + " or more", version, isInText: true));
            }
        }

        /// <summary>The digits after the last ':' of the id's last path segment (an ARN's own colons come before its '/'), if that is all digits.</summary>
        private static QuerySpan? VersionQualifier(string id)
        {
            int colon = id.LastIndexOf(':');
            if (colon < 0 || colon < id.LastIndexOf('/') || colon == id.Length - 1)
            {
                return null;
            }

            for (int i = colon + 1; i < id.Length; i++)
            {
                if (id[i] < '0' || id[i] > '9')
                {
                    return null;
                }
            }

            return QuerySpan.FromBounds(colon + 1, id.Length);
        }

        private static bool IsZero(string text, QuerySpan digits)
        {
            for (int i = digits.Start; i < digits.End; i++)
            {
                if (text[i] != '0')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Where a name breaks <c>^([$0-9a-zA-Z][_-]?)+$</c>: units of one ASCII letter, digit or '$', each followed by at
        /// most one '_' or '-'. So it cannot start with a separator, nor have two in a row, nor any other character.
        /// </summary>
        private static (QuerySpan Span, string What)? AliasNameProblem(string name)
        {
            bool separatorAllowed = false;
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (IsAsciiLetterOrDigit(c) || c == '$')
                {
                    separatorAllowed = true;
                }
                else if ((c is '_' or '-') && separatorAllowed)
                {
                    separatorAllowed = false;
                }
                else if (c is '_' or '-')
                {
                    return (new QuerySpan(i, 1), i == 0 ? $"starts with '{c}'" : $"has '{name[i - 1]}{c}' (two separators in a row)");
                }
                else
                {
                    return Contains(name, i);
                }
            }

            return null;
        }

        /// <summary>Where a checksum breaks <c>^[a-zA-Z0-9]{64}$</c>: its first other character, else its length.</summary>
        private static (QuerySpan Span, string What)? Sha256Problem(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (!IsAsciiLetterOrDigit(text[i]))
                {
                    return Contains(text, i);
                }
            }

            return text.Length == ConnectLimits.Sha256Length ? null : ((QuerySpan, string)?)(new QuerySpan(0, text.Length), $"is {Int(text.Length)} characters long");
        }

        /// <summary>The character at <paramref name="i"/> (both halves of a surrogate pair), as the message shows it.</summary>
        private static (QuerySpan Span, string What) Contains(string text, int i)
        {
            int length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            return (new QuerySpan(i, length), $"contains '{QueryLexer.Printable(text.Substring(i, length))}'");
        }

        private static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

        private static KeyValuePair<string, MemberRule[]> Request(string name, params MemberRule[] rules) => new KeyValuePair<string, MemberRule[]>(name, rules);

        /// <summary>"DescribeContactFlow" for "DescribeContactFlowRequest".</summary>
        private static string Operation(string request) =>
            request.EndsWith("Request", StringComparison.Ordinal) ? request.Substring(0, request.Length - "Request".Length) : request;

        /// <summary>"1 to 100", "1 or more", "at most 500".</summary>
        private static string Accepted(MemberRule rule) =>
            rule.Max == long.MaxValue ? Int(rule.Min) + " or more"
            : rule.Min <= 0 ? "at most " + Int(rule.Max)
            : Int(rule.Min) + " to " + Int(rule.Max);

        private static MemberProblem OutOfRange(string request, string property, string actual, string accepted, QuerySpan span, bool isInText) =>
            new MemberProblem(new QueryDiagnostic(DiagnosticCatalog.RequestValueOutOfRange, span, request, property, actual, accepted), isInText);

        private static MemberProblem NotInForm(string request, string property, string what, string? suggestion, string accepted, QuerySpan span) =>
            new MemberProblem(new QueryDiagnostic(DiagnosticCatalog.RequestValueNotInForm, span, request, property, what, QueryBinder.DidYouMeanHint(suggestion), accepted)
                .WithSuggestion(suggestion), isInText: true);

        private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
