using SocialListening.Core.Mentions;

namespace SocialListening.Analysis.Stages;

/// <summary>
/// How the shared English intent sets map onto the customer-journey stages. Bitext's contact_* intents are left out
/// (asking for a human fits every stage); Banking77 categories not listed are account operations.
/// </summary>
public static class StageMapping
{
    public static readonly IReadOnlyDictionary<string, JourneyStage> Bitext = new Dictionary<string, JourneyStage>(StringComparer.Ordinal)
    {
        ["place_order"] = JourneyStage.Purchase,
        ["newsletter_subscription"] = JourneyStage.Purchase,
        ["change_order"] = JourneyStage.AfterSales,
        ["cancel_order"] = JourneyStage.AfterSales,
        ["track_order"] = JourneyStage.AfterSales,
        ["delivery_period"] = JourneyStage.AfterSales,
        ["get_refund"] = JourneyStage.AfterSales,
        ["track_refund"] = JourneyStage.AfterSales,
        ["set_up_shipping_address"] = JourneyStage.AfterSales,
        ["change_shipping_address"] = JourneyStage.AfterSales,
        ["delivery_options"] = JourneyStage.Information,
        ["check_payment_methods"] = JourneyStage.Information,
        ["check_refund_policy"] = JourneyStage.Information,
        ["create_account"] = JourneyStage.Account,
        ["edit_account"] = JourneyStage.Account,
        ["switch_account"] = JourneyStage.Account,
        ["delete_account"] = JourneyStage.Account,
        ["recover_password"] = JourneyStage.Account,
        ["registration_problems"] = JourneyStage.Account,
        ["check_invoice"] = JourneyStage.Account,
        ["get_invoice"] = JourneyStage.Account,
        ["payment_issue"] = JourneyStage.Account,
        ["check_cancellation_fee"] = JourneyStage.Account,
        ["complaint"] = JourneyStage.Complaint,
        ["review"] = JourneyStage.Other,
    };

    private static readonly Dictionary<string, JourneyStage> BankingExceptions = new(StringComparer.Ordinal)
    {
        ["exchange_rate"] = JourneyStage.Information,
        ["fiat_currency_support"] = JourneyStage.Information,
        ["supported_cards_and_currencies"] = JourneyStage.Information,
        ["age_limit"] = JourneyStage.Information,
        ["country_support"] = JourneyStage.Information,
        ["visa_or_mastercard"] = JourneyStage.Information,
        ["atm_support"] = JourneyStage.Information,
        ["card_acceptance"] = JourneyStage.Information,
        ["apple_pay_or_google_pay"] = JourneyStage.Information,
        ["why_verify_identity"] = JourneyStage.Information,
        ["top_up_limits"] = JourneyStage.Information,
        ["disposable_card_limits"] = JourneyStage.Information,
        ["transfer_timing"] = JourneyStage.Information,
        ["order_physical_card"] = JourneyStage.Purchase,
        ["getting_virtual_card"] = JourneyStage.Purchase,
        ["get_physical_card"] = JourneyStage.Purchase,
        ["getting_spare_card"] = JourneyStage.Purchase,
        ["get_disposable_virtual_card"] = JourneyStage.Purchase,
        ["card_arrival"] = JourneyStage.AfterSales,
        ["card_delivery_estimate"] = JourneyStage.AfterSales,
        ["card_about_to_expire"] = JourneyStage.AfterSales,
        ["request_refund"] = JourneyStage.AfterSales,
        ["Refund_not_showing_up"] = JourneyStage.AfterSales,
        ["transaction_charged_twice"] = JourneyStage.Complaint,
        ["wrong_amount_of_cash_received"] = JourneyStage.Complaint,
        ["card_payment_wrong_exchange_rate"] = JourneyStage.Complaint,
        ["wrong_exchange_rate_for_cash_withdrawal"] = JourneyStage.Complaint,
        ["extra_charge_on_statement"] = JourneyStage.Complaint,
        ["card_swallowed"] = JourneyStage.Complaint,
    };

    public static JourneyStage Banking(string category) =>
        BankingExceptions.TryGetValue(category, out var stage) ? stage : JourneyStage.Account;
}
