// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using Amazon.Runtime;

namespace Amazon.Connect
{
    /// <summary>Constants used for properties of type ContactFlowModuleState.</summary>
    public class ContactFlowModuleState : ConstantClass
    {
        public static readonly ContactFlowModuleState ACTIVE = new ContactFlowModuleState("ACTIVE");
        public static readonly ContactFlowModuleState ARCHIVED = new ContactFlowModuleState("ARCHIVED");

        public ContactFlowModuleState(string value)
            : base(value)
        {
        }

        public static ContactFlowModuleState FindValue(string value)
        {
            return FindValue<ContactFlowModuleState>(value);
        }

        public static implicit operator ContactFlowModuleState(string value)
        {
            return FindValue(value);
        }
    }

    /// <summary>Constants used for properties of type ContactFlowModuleStatus.</summary>
    public class ContactFlowModuleStatus : ConstantClass
    {
        public static readonly ContactFlowModuleStatus PUBLISHED = new ContactFlowModuleStatus("PUBLISHED");
        public static readonly ContactFlowModuleStatus SAVED = new ContactFlowModuleStatus("SAVED");

        public ContactFlowModuleStatus(string value)
            : base(value)
        {
        }

        public static ContactFlowModuleStatus FindValue(string value)
        {
            return FindValue<ContactFlowModuleStatus>(value);
        }

        public static implicit operator ContactFlowModuleStatus(string value)
        {
            return FindValue(value);
        }
    }

    /// <summary>Constants used for properties of type ContactFlowState.</summary>
    public class ContactFlowState : ConstantClass
    {
        public static readonly ContactFlowState ACTIVE = new ContactFlowState("ACTIVE");
        public static readonly ContactFlowState ARCHIVED = new ContactFlowState("ARCHIVED");

        public ContactFlowState(string value)
            : base(value)
        {
        }

        public static ContactFlowState FindValue(string value)
        {
            return FindValue<ContactFlowState>(value);
        }

        public static implicit operator ContactFlowState(string value)
        {
            return FindValue(value);
        }
    }

    /// <summary>Constants used for properties of type ContactFlowStatus.</summary>
    public class ContactFlowStatus : ConstantClass
    {
        public static readonly ContactFlowStatus PUBLISHED = new ContactFlowStatus("PUBLISHED");
        public static readonly ContactFlowStatus SAVED = new ContactFlowStatus("SAVED");

        public ContactFlowStatus(string value)
            : base(value)
        {
        }

        public static ContactFlowStatus FindValue(string value)
        {
            return FindValue<ContactFlowStatus>(value);
        }

        public static implicit operator ContactFlowStatus(string value)
        {
            return FindValue(value);
        }
    }

    /// <summary>Constants used for properties of type ContactFlowType.</summary>
    public class ContactFlowType : ConstantClass
    {
        public static readonly ContactFlowType AGENT_HOLD = new ContactFlowType("AGENT_HOLD");
        public static readonly ContactFlowType AGENT_TRANSFER = new ContactFlowType("AGENT_TRANSFER");
        public static readonly ContactFlowType AGENT_WHISPER = new ContactFlowType("AGENT_WHISPER");
        public static readonly ContactFlowType CAMPAIGN = new ContactFlowType("CAMPAIGN");
        public static readonly ContactFlowType CONTACT_FLOW = new ContactFlowType("CONTACT_FLOW");
        public static readonly ContactFlowType CUSTOMER_HOLD = new ContactFlowType("CUSTOMER_HOLD");
        public static readonly ContactFlowType CUSTOMER_QUEUE = new ContactFlowType("CUSTOMER_QUEUE");
        public static readonly ContactFlowType CUSTOMER_WHISPER = new ContactFlowType("CUSTOMER_WHISPER");
        public static readonly ContactFlowType OUTBOUND_WHISPER = new ContactFlowType("OUTBOUND_WHISPER");
        public static readonly ContactFlowType QUEUE_TRANSFER = new ContactFlowType("QUEUE_TRANSFER");

        public ContactFlowType(string value)
            : base(value)
        {
        }

        public static ContactFlowType FindValue(string value)
        {
            return FindValue<ContactFlowType>(value);
        }

        public static implicit operator ContactFlowType(string value)
        {
            return FindValue(value);
        }
    }

    /// <summary>Constants used for properties of type StringComparisonType.</summary>
    public class StringComparisonType : ConstantClass
    {
        public static readonly StringComparisonType CONTAINS = new StringComparisonType("CONTAINS");
        public static readonly StringComparisonType EXACT = new StringComparisonType("EXACT");
        public static readonly StringComparisonType STARTS_WITH = new StringComparisonType("STARTS_WITH");

        public StringComparisonType(string value)
            : base(value)
        {
        }

        public static StringComparisonType FindValue(string value)
        {
            return FindValue<StringComparisonType>(value);
        }

        public static implicit operator StringComparisonType(string value)
        {
            return FindValue(value);
        }
    }
}
